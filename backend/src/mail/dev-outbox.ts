import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DevMail } from './dev-mail.entity';
import type { OutgoingMail } from './mail-transport';

/** The development outbox: where mails go when there is no SMTP server, and where tests read them. */
@Injectable()
export class DevOutbox {
  static readonly LIST_LIMIT = 50;

  constructor(@InjectRepository(DevMail) private readonly mails: Repository<DevMail>) {}

  /** Stores a mail once: a second store of the same message id is a no-op. */
  async store(mail: OutgoingMail): Promise<void> {
    await this.mails
      .createQueryBuilder()
      .insert()
      .values({ id: mail.messageId, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html })
      .orIgnore()
      .execute();
  }

  /** The newest mails first, at most {@link DevOutbox.LIST_LIMIT}; `to` matches case-insensitively. */
  list(to?: string): Promise<DevMail[]> {
    const query = this.mails
      .createQueryBuilder('m')
      .orderBy('m.createdAt', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .limit(DevOutbox.LIST_LIMIT);
    if (to) query.where('lower(m.to) = lower(:to)', { to: to.trim() });
    return query.getMany();
  }

  async clear(): Promise<void> {
    await this.mails.clear();
  }
}
