/** A rendered mail with its envelope, as handed to a transport. */
export interface OutgoingMail {
  /** The uuid the mail was enqueued with; also the base of its `Message-ID` header. */
  messageId: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * Where mails go: the SMTP server of `SMTP_URL`, or the development outbox. `deliver`
 * resolves once the mail is accepted and rejects when it is not (the job then retries).
 */
export abstract class MailTransport {
  abstract deliver(mail: OutgoingMail): Promise<void>;
}
