// The "Send an SMS" box: the server plays Twilio (a signed Messaging webhook to Veille's SMS
// endpoint); the page shows the TwiML reply, which Twilio would text back to the sender. The card
// it makes shows up in the section channels as the page polls. Under the sender's number, its
// phone: what it texted and every SMS Veille sent back, the later ones through the gateway's API
// as the alert is acknowledged, responded to and closed (polled, like the rest of the page).
const $ = (id) => document.getElementById(id);

const VIA = { webhook: 'texted to the hotline', twiml: 'reply (TwiML)', twilio: "Twilio's Messages API", rapidpro: "RapidPro's broadcasts API" };
const STEPS = {
  all: 'when its alert is acknowledged, gets a first response and is closed',
  acknowledged: 'when its alert is acknowledged',
};
const phone = { raw: '' };

function bubble(message) {
  const item = document.createElement('div');
  item.className = `sms-msg ${message.direction}`;
  const text = document.createElement('div');
  text.className = 'sms-bubble';
  text.textContent = message.text;
  const meta = document.createElement('div');
  meta.className = 'sms-meta';
  meta.textContent = `${message.time} · ${VIA[message.via] ?? message.via}`;
  item.append(text, meta);
  return item;
}

function notePhone(replyToReporter) {
  const steps = STEPS[replyToReporter];
  $('sms-replies-note').textContent = steps
    ? `Here Veille texts back ${steps} (intake.replyToReporter: ${replyToReporter}). A real mission's default is never: an SMS on an informant's phone can expose them.`
    : 'Veille texts no replies after the first (intake.replyToReporter: never, the default: an SMS arriving on an informant\'s phone can expose them).';
}

async function refreshPhone() {
  const from = $('sms-from').value;
  if (!from) return;
  const response = await fetch(`/playground/sms/phone?from=${encodeURIComponent(from)}`).catch(() => null);
  if (!response?.ok || from !== $('sms-from').value) return;
  const raw = await response.text();
  if (raw === phone.raw) return;
  phone.raw = raw;
  const state = JSON.parse(raw);
  $('sms-phone-number').textContent = `📱 ${state.phone}`;
  notePhone(state.replyToReporter);
  const log = $('sms-phone-log');
  log.replaceChildren(...(state.messages.length ? state.messages.map(bubble) : [Object.assign(document.createElement('div'), { className: 'sms-empty', textContent: 'No SMS yet.' })]));
  log.scrollTop = log.scrollHeight;
}

async function loadSenders() {
  const senders = await fetch('/playground/sms/senders').then((r) => (r.ok ? r.json() : [])).catch(() => []);
  const select = $('sms-from');
  select.replaceChildren(
    ...senders.map((s) => {
      const option = document.createElement('option');
      option.value = s.id;
      option.textContent = `${s.label} · ${s.phone}`;
      option.title = `${s.label}, ${s.phone}`;
      return option;
    }),
  );
}

function showReply(label, text, twiml) {
  $('sms-reply-label').textContent = label;
  $('sms-reply-text').textContent = text;
  $('sms-twiml').textContent = twiml;
  $('sms-reply').hidden = false;
}

$('sms').onsubmit = async (event) => {
  event.preventDefault();
  const button = $('sms-send');
  button.disabled = true;
  try {
    const response = await fetch('/playground/sms', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ from: $('sms-from').value, text: $('sms-text').value }),
    });
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) showReply('Not sent', answer.error ?? `The playground answered ${response.status}.`, '');
    else if (answer.status !== 200) showReply(`Veille answered Twilio ${answer.status}`, answer.twiml, '');
    else {
      showReply('Reply texted back (TwiML)', answer.reply ?? '(no message)', answer.twiml);
      $('sms-text').value = '';
    }
  } finally {
    button.disabled = false;
    void refreshPhone();
  }
};

$('sms-from').onchange = () => void refreshPhone();

// The two senders (a registered network member, an unknown number) come from the server.
void loadSenders().then(refreshPhone);
setInterval(refreshPhone, 1000);
