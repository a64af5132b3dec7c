/**
 * The contract's input schemas for declarations of interest (zod). Only shared/contract.ts imports
 * this file, so zod never ships in the renderer bundle for the interests pages.
 */
import { z } from 'zod';
import { ISO_DATE, interestProblems } from '../types/interests';

const isoDateInput = z.string().regex(ISO_DATE, 'a date as YYYY-MM-DD');
const optionalDate = isoDateInput.nullable().default(null);
const rowId = z.number().int().positive();
const line = (max: number) => z.string().max(max);

export const interestDraftInput = z
  .object({
    id: rowId.optional(),
    category: z.enum(['disclosable-pecuniary', 'other-registrable', 'non-registrable']),
    subcategory: z.enum([
      'employment',
      'sponsorship',
      'contracts',
      'land',
      'licences',
      'corporate-tenancies',
      'securities',
      'appointed-body',
      'public-function-body',
      'charitable-body',
      'public-opinion-body',
      'trade-union',
      'noted',
    ]),
    whose: z.enum(['member', 'partner']),
    description: line(1000),
    names: z.array(line(200)).max(30),
    addresses: z.array(line(300)).max(30),
    startDate: optionalDate,
    endDate: optionalDate,
    changedDate: optionalDate,
    notifiedDate: optionalDate,
  })
  .strict()
  .superRefine((draft, ctx) => {
    for (const [field, message] of Object.entries(interestProblems(draft))) ctx.addIssue({ code: 'custom', path: [field], message });
  });

export const profileInput = z.object({ name: line(200), tookOffice: optionalDate }).strict();

export const dismissInput = z
  .object({
    meetingId: rowId,
    interestId: rowId,
    itemId: rowId.nullable(),
    reason: z.string().trim().min(1, 'give a reason for dismissing the warning').max(1000),
  })
  .strict();

export const myDeclarationInput = z
  .object({
    id: rowId.optional(),
    meetingId: rowId,
    itemId: rowId.nullable(),
    itemText: line(300).default(''),
    interestId: rowId.nullable(),
    category: z.enum(['disclosable-pecuniary', 'other-registrable', 'non-registrable']),
    nature: z.string().trim().min(1, 'say what the interest is').max(1000),
    withdrew: z.boolean(),
    dispensation: z.boolean(),
    dispensationDetails: line(1000).default(''),
  })
  .strict();
