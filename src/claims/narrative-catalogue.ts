// The narrative catalogue (SPEC §2.4): placeholder until the catalogue and its loader land.
export interface NarrativeCatalogue {
  readonly narratives: readonly { readonly id: string; readonly label: string; readonly taxonomy: string | null }[];
}

export const defaultNarrativeCatalogue = (): NarrativeCatalogue => ({ narratives: [] });
