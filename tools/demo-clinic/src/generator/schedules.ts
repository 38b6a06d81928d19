import type { Appointment, CodeableConcept, Schedule, Slot } from '@medplum/fhirtypes';
import type { ClinicStaff, StaffRole } from './clinic-staff';
import { addDays, clinicDate, clinicTimeOn, isoWeekday, toClinicDateTime, toInstant } from './clinic-time';
import type { Person } from './person';
import { Prng } from './prng';
import { stableId } from './resource-ids';
import { SPECIALTIES, specialtyConcept } from './specialties';

/** How far ahead the clinic opens its doctors' schedules. */
export const SCHEDULE_DAYS = 14;
export const SLOT_MINUTES = 30;
const OPENS_AT_HOUR = 9;
const CLOSES_AT_HOUR = 17;
/** Share of slots already taken by other patients. */
const BUSY_SHARE = 0.12;

const ROUTINE: CodeableConcept = {
  coding: [
    {
      system: 'http://terminology.hl7.org/CodeSystem/v2-0276',
      code: 'ROUTINE',
      display: 'Routine appointment - default if not valued',
    },
  ],
  text: 'Плановый приём',
};

export interface GeneratedSchedules {
  readonly schedules: Schedule[];
  readonly slots: Slot[];
  readonly appointments: Appointment[];
}

/**
 * One `Schedule` per doctor's role and its 30-minute `Slot`s, Monday to Friday 09:00–17:00 clinic
 * time, from `nowMs` for the next 14 days (slots that already started are left out). About one
 * slot in eight is `busy` with a booked `Appointment` of a patient who is not featured in the demo.
 * Unlike the rest of the data these depend on the current date; for one seed and one `nowMs` they
 * are the same every time.
 */
export function generateSchedules(
  staff: ClinicStaff,
  seed: number,
  nowMs: number,
  patients: readonly Person[],
  featured: ReadonlySet<string>,
): GeneratedSchedules {
  const lastUpdated = toInstant(nowMs);
  const today = clinicDate(nowMs);
  const result: GeneratedSchedules = { schedules: [], slots: [], appointments: [] };
  const others = patients.filter((person) => !featured.has(person.id));
  staff.roles.forEach((staffRole, roleIndex) => {
    const schedule: Schedule & { id: string } = {
      resourceType: 'Schedule',
      id: stableId(seed, 'Schedule', staffRole.role.id),
      meta: { lastUpdated },
      active: true,
      serviceType: [{ text: SPECIALTIES[staffRole.specialty].visitRu }],
      specialty: [specialtyConcept(staffRole.specialty)],
      actor: [staffRole.roleRef, staffRole.practitionerRef, staff.locationRef],
      planningHorizon: {
        start: toClinicDateTime(clinicTimeOn(today, 0)),
        end: toClinicDateTime(clinicTimeOn(addDays(today, SCHEDULE_DAYS), 0)),
      },
      comment: 'Приём по 30 минут, пн–пт 09:00–17:00',
    };
    result.schedules.push(schedule);
    const eligible = others.filter((person) => canSee(staffRole, person));
    for (let day = 0; day < SCHEDULE_DAYS; day++) {
      const date = addDays(today, day);
      if (isoWeekday(date) > 5) {
        continue;
      }
      const prng = new Prng(seed).fork(`slots:${roleIndex}:${date}`);
      for (let minute = OPENS_AT_HOUR * 60; minute < CLOSES_AT_HOUR * 60; minute += SLOT_MINUTES) {
        const startMs = clinicTimeOn(date, 0, minute);
        const busy = prng.chance(BUSY_SHARE) && eligible.length > 0;
        const patient = busy ? prng.pick(eligible) : undefined;
        if (startMs <= nowMs) {
          continue;
        }
        const slot = makeSlot(seed, schedule.id, staffRole, startMs, patient ? 'busy' : 'free', lastUpdated);
        result.slots.push(slot);
        if (patient) {
          result.appointments.push(
            makeAppointment(seed, slot, staffRole, staff, patient, nowMs, lastUpdated),
          );
        }
      }
    }
  });
  return result;
}

function canSee(staffRole: StaffRole, person: Person): boolean {
  switch (staffRole.specialty) {
    case 'pediatrician':
      return person.group === 'child';
    case 'gynecologist':
      return person.group !== 'child' && person.sex === 'female';
    default:
      return person.group !== 'child';
  }
}

function makeSlot(
  seed: number,
  scheduleId: string,
  staffRole: StaffRole,
  startMs: number,
  status: 'free' | 'busy',
  lastUpdated: string,
): Slot & { id: string } {
  const start = toClinicDateTime(startMs);
  return {
    resourceType: 'Slot',
    id: stableId(seed, 'Slot', `${scheduleId}:${start}`),
    meta: { lastUpdated },
    serviceType: [{ text: SPECIALTIES[staffRole.specialty].visitRu }],
    specialty: [specialtyConcept(staffRole.specialty)],
    appointmentType: ROUTINE,
    schedule: { reference: `Schedule/${scheduleId}` },
    status,
    start,
    end: toClinicDateTime(startMs + SLOT_MINUTES * 60_000),
  };
}

function makeAppointment(
  seed: number,
  slot: Slot & { id: string },
  staffRole: StaffRole,
  staff: ClinicStaff,
  patient: Person,
  nowMs: number,
  lastUpdated: string,
): Appointment {
  return {
    resourceType: 'Appointment',
    id: stableId(seed, 'Appointment', slot.id),
    meta: { lastUpdated },
    status: 'booked',
    appointmentType: ROUTINE,
    specialty: [specialtyConcept(staffRole.specialty)],
    description: SPECIALTIES[staffRole.specialty].visitRu,
    start: slot.start,
    end: slot.end,
    minutesDuration: SLOT_MINUTES,
    slot: [{ reference: `Slot/${slot.id}` }],
    created: toClinicDateTime(nowMs).slice(0, 10),
    participant: [
      {
        actor: {
          reference: `Patient/${patient.id}`,
          display: `${patient.family} ${patient.given} ${patient.patronymic}`,
        },
        required: 'required',
        status: 'accepted',
      },
      { actor: staffRole.practitionerRef, required: 'required', status: 'accepted' },
      { actor: staff.locationRef, required: 'required', status: 'accepted' },
    ],
  };
}
