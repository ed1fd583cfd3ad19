/**
 * A handful of realistic messages for the demo drop box: mail the salesperson sent with the BCC
 * address, a reply they forwarded, and one that will be rejected (unknown sender).
 */
export interface SampleMessage {
  raw: string;
}

function message(headers: Record<string, string>, body: string): SampleMessage {
  const head = Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n');
  return { raw: `${head}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n` };
}

/**
 * The body of a reply the owner forwarded to the drop box: Erika (erika@kunde.example) asks, in
 * German, to change the contract's term; `sentAt` is when she wrote (an RFC 5322 date).
 */
export function forwardedRequest(owner: string, sentAt: string): string {
  return [
    'FYI',
    '',
    '---------- Forwarded message ---------',
    'From: Erika Muster <erika@kunde.example>',
    `Date: ${sentAt}`,
    'Subject: Angebot Wartungsvertrag',
    `To: Sam Seller <${owner}>`,
    '',
    'Hallo Sam,',
    '',
    'danke für das Angebot. Können wir die Laufzeit auf 24 Monate ändern?',
    '',
    'Viele Grüße',
    'Erika',
  ].join('\n');
}

export function sampleDropboxMail(owner: string, dropbox: string, domain: string, now = Date.now()): SampleMessage[] {
  const day = 24 * 3600 * 1000;
  const date = (ago: number) => new Date(now - ago).toUTCString();
  return [
    message(
      {
        From: `Sam Seller <${owner}>`,
        To: 'Jane Roe <jane.roe@customer.example>',
        Bcc: dropbox,
        Subject: 'Offer for 40 licences',
        Date: date(3 * day),
        'Message-ID': `<offer-1@${domain}>`,
      },
      'Hello Jane,\n\nas promised, our offer for 40 licences is attached as a link: 12,000 EUR per year.\n\nBest regards,\nSam',
    ),
    message(
      {
        From: `Sam Seller <${owner}>`,
        To: 'Jane Roe <jane.roe@customer.example>',
        Cc: 'Max Mustermann <max@customer.example>',
        Bcc: dropbox,
        Subject: 'Re: Offer for 40 licences',
        Date: date(1 * day),
        'Message-ID': `<offer-2@${domain}>`,
        'In-Reply-To': `<offer-1@${domain}>`,
        References: `<offer-1@${domain}>`,
      },
      'Hi Jane, hi Max,\n\nhappy to walk you through it on Thursday at 10:00.\n\nSam',
    ),
    message(
      {
        From: `Sam Seller <${owner}>`,
        To: dropbox,
        Subject: 'Fwd: Angebot Wartungsvertrag',
        Date: date(2 * 3600 * 1000),
        'Message-ID': `<fwd-1@${domain}>`,
      },
      forwardedRequest(owner, date(3 * 3600 * 1000)),
    ),
    message(
      {
        From: 'Stranger <someone@elsewhere.example>',
        To: dropbox,
        Subject: 'Cheap watches',
        Date: date(5 * 3600 * 1000),
        'Message-ID': `<spam-1@elsewhere.example>`,
      },
      'Buy now.',
    ),
  ];
}
