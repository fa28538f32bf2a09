import type { EmailAdapter, SendEmailOptions } from 'payload'

import { cmsConfig, type CmsConfig } from './config'

/** Plain text of an email's HTML, for the log: links kept as "text (url)". */
function textOf(message: SendEmailOptions): string {
  if (typeof message.text === 'string' && message.text) return message.text
  const html = typeof message.html === 'string' ? message.html : ''
  return html
    .replace(/<a [^>]*href="([^"]+)"[^>]*>(.*?)<\/a>/gi, '$2 ($1)')
    .replace(/<\/(p|h\d|li|div)>/gi, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** The lines that frame a logged email; `npm start` shows what is between them. */
export const EMAIL_LOG_START = '--- Email (not sent: set SMTP_HOST to send) ---'
export const EMAIL_LOG_END = '--- end of email ---'

/**
 * Development: every email is written to the output instead of being sent, as plain text with
 * its links, so an invitation can be followed from the terminal.
 */
const logEmails =
  (config: CmsConfig): EmailAdapter =>
  () => ({
    name: 'log',
    defaultFromAddress: config.EMAIL_FROM,
    defaultFromName: config.EMAIL_FROM_NAME,
    sendEmail: (message) => {
      const to = typeof message.to === 'string' ? message.to : JSON.stringify(message.to)
      console.log(
        [
          EMAIL_LOG_START,
          `To: ${to}`,
          `Subject: ${message.subject ?? ''}`,
          '',
          textOf(message),
          EMAIL_LOG_END,
        ].join('\n'),
      )
      return Promise.resolve({ logged: true })
    },
  })

/**
 * SMTP when SMTP_HOST is set (nodemailer, loaded only then), else the log. SMTP_URL-style
 * settings: SMTP_HOST, SMTP_PORT (587), SMTP_USER, SMTP_PASS, SMTP_SECURE=true for port 465.
 */
export async function emailAdapter(config: CmsConfig = cmsConfig()): Promise<EmailAdapter> {
  const host = config.SMTP_HOST
  if (!host) return logEmails(config)
  const { createTransport } = await import('nodemailer')
  const transport = createTransport({
    host,
    port: config.SMTP_PORT,
    secure: config.SMTP_SECURE,
    auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASS ?? '' } : undefined,
  })
  const from = `"${config.EMAIL_FROM_NAME}" <${config.EMAIL_FROM}>`
  return () => ({
    name: 'smtp',
    defaultFromAddress: config.EMAIL_FROM,
    defaultFromName: config.EMAIL_FROM_NAME,
    sendEmail: async (message) => transport.sendMail({ from, ...message }),
  })
}
