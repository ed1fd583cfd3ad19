/**
 * Raw messages for the inbox tests, as the salesperson's mail client would hand them to the
 * server: sent by the owner with the drop box in Bcc, a forwarded customer reply, an attachment,
 * and one hostile HTML mail whose every trick points at a local server that counts hits.
 */
export interface Party {
  name: string;
  address: string;
}

const CRLF = '\r\n';
const crlf = (text: string) => text.replace(/\r?\n/g, CRLF);
const mailbox = (p: Party) => `${p.name} <${p.address}>`;

export interface MailOptions {
  from: Party;
  to: Party[];
  cc?: Party[];
  bcc?: string;
  subject: string;
  date: Date;
  messageId: string;
  inReplyTo?: string;
}

function headers(o: MailOptions): string[] {
  return [
    `From: ${mailbox(o.from)}`,
    `To: ${o.to.map(mailbox).join(', ')}`,
    ...(o.cc?.length ? [`Cc: ${o.cc.map(mailbox).join(', ')}`] : []),
    ...(o.bcc ? [`Bcc: ${o.bcc}`] : []),
    `Subject: ${o.subject}`,
    `Date: ${o.date.toUTCString()}`,
    `Message-ID: <${o.messageId}>`,
    ...(o.inReplyTo ? [`In-Reply-To: <${o.inReplyTo}>`, `References: <${o.inReplyTo}>`] : []),
    'MIME-Version: 1.0',
  ];
}

export function plainMail(o: MailOptions, text: string): string {
  return [...headers(o), 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', crlf(text), ''].join(CRLF);
}

/** A multipart mail of `subtype` whose parts are given as their header lines, a blank line and their body. */
function multipartMail(o: MailOptions, subtype: string, boundary: string, parts: string[][]): string {
  return [
    ...headers(o),
    `Content-Type: multipart/${subtype}; boundary="${boundary}"`,
    '',
    ...parts.flatMap((part) => [`--${boundary}`, ...part]),
    `--${boundary}--`,
    '',
  ].join(CRLF);
}

export function mailWithAttachment(o: MailOptions, text: string, file: { name: string; type: string; content: string }): string {
  return multipartMail(o, 'mixed', 'bc-mixed-7f3a', [
    ['Content-Type: text/plain; charset=utf-8', '', crlf(text)],
    [
      `Content-Type: ${file.type}; name="${file.name}"`,
      `Content-Disposition: attachment; filename="${file.name}"`,
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from(file.content).toString('base64'),
    ],
  ]);
}

export function htmlMail(o: MailOptions, text: string, html: string): string {
  return multipartMail(o, 'alternative', 'bc-alt-91c2', [
    ['Content-Type: text/plain; charset=utf-8', '', crlf(text)],
    ['Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', crlf(html)],
  ]);
}

/** A mail that tries everything: scripts, handlers, a tracking pixel, CSS fetches, a form, javascript: links. */
export function hostileHtml(origin: string): string {
  return `<!doctype html>
<html><head>
<meta http-equiv="refresh" content="0; url=${origin}/refresh">
<link rel="stylesheet" href="${origin}/link.css">
<style>@import url("${origin}/import.css"); .promo { background: url(${origin}/css.gif); }</style>
<script>document.title = 'pwned'; fetch('${origin}/script');</script>
</head>
<body onload="fetch('${origin}/onload')">
<h1>Quarterly numbers</h1>
<p class="promo">Revenue grew 12% this quarter. Read the details on <a href="${origin}/link">our website</a>.</p>
<p><a href="javascript:fetch('${origin}/javascript')">Claim your prize</a></p>
<img src="${origin}/pixel.gif" width="1" height="1" alt="">
<img src="x" onerror="fetch('${origin}/onerror')">
<div style="background:url(${origin}/inline.gif)">Styled block</div>
<form action="${origin}/form" method="post"><input name="password" value="secret"><button>Send</button></form>
<iframe src="${origin}/frame"></iframe>
<svg><image href="${origin}/svg.gif"/></svg>
<script>document.body.setAttribute('data-pwned', '1'); fetch('${origin}/script2');</script>
</body></html>`;
}
