// The load stage's cost ladder: claim relationships alone, from bare up to the full claim model.
/** Steps from bare relationships up to the full model, each loaded alone to see what it costs. */
export const LADDER_STEPS = {
  bare: 'bare relationships (claimId only), no claim indexes',
  claims: 'claims with all their properties, no claim indexes',
  indexed: 'claims with all their properties and the claim indexes',
} as const;
export type LadderStep = keyof typeof LADDER_STEPS;
