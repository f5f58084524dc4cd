/** KoBoToolbox REST Services posting a submission; shared by the KoBo gateway tests and the every-door decision test. */

/** As KoBo's REST Service sends it: JSON, its user agent, the custom Authorization header. */
export async function postKobo(port: number, body: unknown, bearer: string | null) {
  const response = await fetch(`http://127.0.0.1:${port}/api/v1/intake/kobo`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'KoBoToolbox external service #hLgBEVbijurruSrU3nc7d9', ...(bearer !== null && { authorization: `Bearer ${bearer}` }) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, any> };
}
