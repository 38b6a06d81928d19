import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type ProfileRelation = 'self' | 'child' | 'parent' | 'spouse' | 'ward' | 'other';

/**
 * Which accounts may act for which profiles. Every read or write of a profile's data checks
 * this table. Exactly one `self` row per account (partial unique index).
 */
@Entity('profile_access')
export class ProfileAccess {
  @PrimaryColumn({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @PrimaryColumn({ name: 'profile_id', type: 'uuid' })
  profileId!: string;

  @Column({ type: 'text' })
  relation!: ProfileRelation;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
