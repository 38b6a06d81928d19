import { badRequest, conflict, isOk, OperationOutcomeError } from '@medplum/core';
import type { FhirRepository, FhirResponse } from '@medplum/fhir-router';
import type { Appointment, OperationOutcome, Slot } from '@medplum/fhirtypes';

/** Appointment statuses that give the slot back. */
const RELEASING_STATUSES: ReadonlySet<string> = new Set(['cancelled', 'entered-in-error']);

/**
 * The clinic's booking rule, which the engine does not have: an Appointment holds the Slots it
 * references while it is not cancelled. Creating or updating an appointment so that it holds a
 * slot that is not `free` is refused with 409; on success the slots it newly holds become `busy`
 * and the ones it no longer holds (cancelled, moved to another slot, deleted) become `free`.
 *
 * Callers run these inside the server's `WriteLock`, so the check and the writes are atomic with
 * respect to other requests.
 */
export class SlotBooking {
  constructor(private readonly repo: FhirRepository) {}

  /** Writes an appointment through `write` (the engine) if the slots it takes are free. */
  async save(
    before: Appointment | undefined,
    after: Appointment | undefined,
    write: () => Promise<FhirResponse>,
  ): Promise<FhirResponse> {
    const held = after ? heldSlotIds(after) : [];
    const previouslyHeld = before ? heldSlotIds(before) : [];
    const taking = held.filter((id) => !previouslyHeld.includes(id));
    const releasing = previouslyHeld.filter((id) => !held.includes(id));
    const refusal = await this.checkFree(taking);
    if (refusal) {
      return [refusal];
    }
    const response = await write();
    if (isOk(response[0])) {
      await this.setStatus(taking, 'free', 'busy');
      await this.setStatus(releasing, 'busy', 'free');
    }
    return response;
  }

  private async checkFree(slotIds: readonly string[]): Promise<OperationOutcome | undefined> {
    for (const id of slotIds) {
      let slot: Slot;
      try {
        slot = await this.repo.readResource<Slot>('Slot', id);
      } catch {
        return badRequest(`Slot/${id} does not exist`, 'Appointment.slot');
      }
      if (slot.status !== 'free') {
        return conflict(`Slot/${id} is ${slot.status}, not free`);
      }
    }
    return undefined;
  }

  private async setStatus(
    slotIds: readonly string[],
    from: Slot['status'],
    to: Slot['status'],
  ): Promise<void> {
    for (const id of slotIds) {
      const slot = await this.repo.readResource<Slot>('Slot', id).catch(() => undefined);
      if (slot?.status === from) {
        await this.repo.updateResource<Slot>({ ...slot, status: to });
      }
    }
  }
}

/** Ids of the slots an appointment holds: none once it is cancelled. */
export function heldSlotIds(appointment: Appointment): string[] {
  if (RELEASING_STATUSES.has(appointment.status)) {
    return [];
  }
  return (appointment.slot ?? []).map((ref) => slotIdOf(ref.reference));
}

/** `Slot/X` or `http://…/Slot/X` → `X`. */
export function slotIdOf(reference: string | undefined): string {
  const match = /(?:^|\/)Slot\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/.exec(reference ?? '');
  if (!match) {
    throw new OperationOutcomeError(
      badRequest(`Appointment.slot must reference a Slot, got "${reference ?? ''}"`, 'Appointment.slot'),
    );
  }
  return match[1];
}
