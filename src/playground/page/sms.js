// The "Send an SMS" box: the server plays Twilio (a signed Messaging webhook to Veille's SMS
// endpoint); the page shows the TwiML reply, which Twilio would text back to the sender. The card
// it makes shows up in the section channels as the page polls.
const $ = (id) => document.getElementById(id);

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
  }
};

// The two senders (a registered network member, an unknown number) come from the server.
void loadSenders();
