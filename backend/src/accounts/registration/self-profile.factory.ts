import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Account, PendingProfile } from '../account.entity';

/** Creates the account's own (`self`) profile from what the registration collected. */
@Injectable()
export class SelfProfileFactory {
  async create(
    m: EntityManager,
    account: Pick<Account, 'id' | 'email' | 'phone'>,
    data: PendingProfile,
  ): Promise<string> {
    const [profile] = await m.query<Array<{ id: string }>>(
      `INSERT INTO profile (last_name, first_name, middle_name, birth_date, sex, phone, email, snils)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        data.lastName,
        data.firstName,
        data.middleName,
        data.birthDate,
        data.sex,
        account.phone,
        account.email,
        data.snils,
      ],
    );
    await m.query(`INSERT INTO profile_access (account_id, profile_id, relation) VALUES ($1, $2, 'self')`, [
      account.id,
      profile.id,
    ]);
    return profile.id;
  }
}
