/** The kinds of agreement a city signs with a partner city. */
export const AGREEMENT_KINDS = ['twinning', 'friendship_cooperation', 'memorandum', 'other'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

/** Where an agreement stands today. */
export const AGREEMENT_STATUSES = ['active', 'dormant', 'ended'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** The kinds of project action carried out under an agreement. */
export const ACTION_KINDS = [
  'delegation_visit',
  'study_visit',
  'expert_mission',
  'workshop',
  'staff_exchange',
  'joint_project',
  'other',
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** Where a project action stands. */
export const ACTION_STATUSES = ['planned', 'ongoing', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** The languages the interface speaks. */
export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
