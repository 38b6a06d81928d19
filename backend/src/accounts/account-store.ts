import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Account } from './account.entity';
import { Profile } from './profile.entity';
import type { PersonalFacts } from './passwords/password-user-inputs';

/** Reads of accounts and their `self` profile that several flows share. */
@Injectable()
export class AccountStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** By email, case-insensitively (the unique index is on `lower(email)`); `lock` for update within a transaction. */
  byEmail(
    email: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<Account | null> {
    const query = manager
      .getRepository(Account)
      .createQueryBuilder('a')
      .where('lower(a.email) = lower(:email)', { email });
    return (lock ? query.setLock('pessimistic_write') : query).getOne();
  }

  byId(id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<Account | null> {
    const query = manager.getRepository(Account).createQueryBuilder('a').where('a.id = :id', { id });
    return (lock ? query.setLock('pessimistic_write') : query).getOne();
  }

  /** The account's own profile (`null` for staff accounts created without one). */
  selfProfile(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<Profile | null> {
    return manager
      .getRepository(Profile)
      .createQueryBuilder('p')
      .innerJoin('profile_access', 'pa', 'pa.profile_id = p.id')
      .where('pa.account_id = :accountId AND pa.relation = :self', { accountId, self: 'self' })
      .getOne();
  }

  /** What a password must not lean on: the address, names and birth date. */
  async personalFacts(account: Account, manager?: EntityManager): Promise<PersonalFacts> {
    const profile = await this.selfProfile(account.id, manager);
    const source = profile ?? account.pendingProfile;
    return {
      email: account.email,
      lastName: source?.lastName,
      firstName: source?.firstName,
      middleName: source?.middleName,
      birthDate: source?.birthDate,
    };
  }
}
