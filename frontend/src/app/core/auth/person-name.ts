import { MeProfile } from './api-types';

type Names = Pick<MeProfile, 'firstName' | 'middleName' | 'lastName'>;

/** How the portal addresses a person: first name and patronymic when there is one ("Фёдор Владимирович"). */
export function greetingName(profile: Names): string {
  const middle = profile.middleName?.trim();
  return middle ? `${profile.firstName.trim()} ${middle}` : profile.firstName.trim();
}

/** A short label for the header: first name and last name. */
export function shortName(profile: Names): string {
  return `${profile.firstName.trim()} ${profile.lastName.trim()}`.trim();
}
