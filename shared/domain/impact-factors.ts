import type { DeviceKind } from './values';

/**
 * The published figures the programme report's impact is computed from: ONE editable table, each figure with its
 * source and year. Taken as quoted (press coverage of ADEME's 2022 study, ADEME's open data behind impactco2.fr):
 * check them against the ADEME report before shipping. A kind with no published figure has none here, and the
 * report says so rather than inventing one.
 */
export interface ImpactFactor {
  /** kg CO2e. */
  kgCo2e: number;
  source: string;
  year: number;
}

/** Which published device each of Rebond's kinds is counted as; `null`: no published device matches. */
export const IMPACT_DEVICE_OF_KIND: Readonly<
  Record<DeviceKind, 'laptop' | 'smartphone' | 'tablet' | 'desktop' | null>
> = {
  laptop: 'laptop',
  phone: 'smartphone',
  tablet: 'tablet',
  // Rebond's desktop is the central unit; its screen, when there is one, is not a device of its own in Rebond.
  desktop: 'desktop',
  other: null,
};

export type ImpactDevice = 'laptop' | 'smartphone' | 'tablet' | 'desktop' | 'screen';

const ADEME_2022 = 'ADEME, « Évaluation de l’impact environnemental d’un ensemble de produits reconditionnés », 2022';
const IMPACT_CO2 = 'ADEME, Base Empreinte / impactco2.fr (données ouvertes), fabrication d’un appareil neuf';

/** kg CO2e avoided per year of use by a reconditioned device rather than a new one (ADEME 2022). */
export const AVOIDED_PER_YEAR: Readonly<Partial<Record<ImpactDevice, ImpactFactor>>> = {
  laptop: { kgCo2e: 27, source: ADEME_2022, year: 2022 },
  smartphone: { kgCo2e: 24.6, source: ADEME_2022, year: 2022 },
  // Tablets: the study gives a share of the annual impact avoided (46-80 %), no kg figure: none here.
};

/** kg CO2e of making a new device, over its life (ADEME open data, impactco2.fr). */
export const NEW_DEVICE_FOOTPRINT: Readonly<Partial<Record<ImpactDevice, ImpactFactor>>> = {
  laptop: { kgCo2e: 192.6, source: IMPACT_CO2, year: 2022 },
  smartphone: { kgCo2e: 80.2, source: IMPACT_CO2, year: 2022 },
  tablet: { kgCo2e: 87.1, source: IMPACT_CO2, year: 2022 },
  desktop: { kgCo2e: 259.2, source: IMPACT_CO2, year: 2022 },
  screen: { kgCo2e: 92.6, source: IMPACT_CO2, year: 2022 },
};

/** One kind's impact line: how many were handed out, and each figure (or null: no published figure). */
export interface ImpactLine {
  kind: DeviceKind;
  devices: number;
  perYear: (ImpactFactor & { totalKg: number }) | null;
  newFootprint: (ImpactFactor & { totalKg: number }) | null;
}

const times = (factor: ImpactFactor | undefined, devices: number) =>
  factor ? { ...factor, totalKg: Math.round(factor.kgCo2e * devices * 10) / 10 } : null;

/** The impact of the devices handed out, kind by kind: count × published figure, never a figure for a kind with none. */
export function impactOf(handedOut: Readonly<Partial<Record<DeviceKind, number>>>): ImpactLine[] {
  return (Object.keys(IMPACT_DEVICE_OF_KIND) as DeviceKind[]).flatMap((kind) => {
    const devices = handedOut[kind] ?? 0;
    if (devices === 0) return [];
    const device = IMPACT_DEVICE_OF_KIND[kind];
    return [
      {
        kind,
        devices,
        perYear: device ? times(AVOIDED_PER_YEAR[device], devices) : null,
        newFootprint: device ? times(NEW_DEVICE_FOOTPRINT[device], devices) : null,
      },
    ];
  });
}
