import type { ActionKind, ActionStatus, AgreementKind } from '../../shared/domain/enums';

/**
 * The Paris example, from the City of Paris page "Friendship and cooperation agreements"
 * (the project's source text): 40 agreements signed between 1956 (Rome, exclusive twinning)
 * and 2006 (Montreal), and the actions the page describes.
 */
export const PARIS_OWN_CITY = 'Paris';

interface SampleAgreement {
  city: string;
  country: string;
  latitude: number;
  longitude: number;
  signedOn: string;
  kind: AgreementKind;
  exclusive?: boolean;
  notes?: string;
}

const friendship = (signedOn: string, city: string, country: string, latitude: number, longitude: number): SampleAgreement => ({
  city,
  country,
  latitude,
  longitude,
  signedOn,
  kind: 'friendship_cooperation',
});

export const PARIS_AGREEMENTS: readonly SampleAgreement[] = [
  {
    city: 'Rome',
    country: 'IT',
    latitude: 41.9028,
    longitude: 12.4964,
    signedOn: '1956',
    kind: 'twinning',
    exclusive: true,
    notes: 'Exclusive twinning: "Only Paris is worthy of Rome; only Rome is worthy of Paris."',
  },
  friendship('1958', 'Kyoto', 'JP', 35.0116, 135.7681),
  friendship('1982', 'Tokyo', 'JP', 35.6762, 139.6503),
  friendship('1985', 'Cairo', 'EG', 30.0444, 31.2357),
  friendship('1987', 'Amman', 'JO', 31.9454, 35.9284),
  friendship('1987', "Sana'a", 'YE', 15.3694, 44.191),
  friendship('1987', 'Berlin', 'DE', 52.52, 13.405),
  friendship('1991', 'Seoul', 'KR', 37.5665, 126.978),
  friendship('1992', 'Moscow', 'RU', 55.7558, 37.6173),
  friendship('1992', 'Beirut', 'LB', 33.8938, 35.5018),
  friendship('1995', 'Jakarta', 'ID', -6.2088, 106.8456),
  friendship('1996', 'Chicago', 'US', 41.8781, -87.6298),
  friendship('1996', 'San Francisco', 'US', 37.7749, -122.4194),
  friendship('1997', 'Santiago de Chile', 'CL', -33.4489, -70.6693),
  friendship('1997', 'Riyadh', 'SA', 24.7136, 46.6753),
  friendship('1997', 'Beijing', 'CN', 39.9042, 116.4074),
  friendship('1997', 'Prague', 'CZ', 50.0755, 14.4378),
  friendship('1997', 'Tbilisi', 'GE', 41.7151, 44.8271),
  friendship('1997', 'Saint Petersburg', 'RU', 59.9311, 30.3609),
  friendship('1998', 'Lisbon', 'PT', 38.7223, -9.1393),
  friendship('1998', 'Sofia', 'BG', 42.6977, 23.3219),
  friendship('1998', 'Sydney', 'AU', -33.8688, 151.2093),
  friendship('1998', 'Yerevan', 'AM', 40.1872, 44.5152),
  friendship('1999', 'Mexico City', 'MX', 19.4326, -99.1332),
  friendship('1999', 'Warsaw', 'PL', 52.2297, 21.0122),
  friendship('1999', 'Buenos Aires', 'AR', -34.6037, -58.3816),
  friendship('2000', 'Washington', 'US', 38.9072, -77.0369),
  friendship('2000', 'Madrid', 'ES', 40.4168, -3.7038),
  friendship('2000', 'Athens', 'GR', 37.9838, 23.7275),
  friendship('2001', 'London', 'GB', 51.5074, -0.1278),
  friendship('2001', 'Porto Alegre', 'BR', -30.0346, -51.2177),
  friendship('2002', 'Geneva', 'CH', 46.2044, 6.1432),
  friendship('2003', 'Algiers', 'DZ', 36.7538, 3.0588),
  friendship('2003', 'Québec', 'CA', 46.8139, -71.208),
  friendship('2004', 'São Paulo', 'BR', -23.5505, -46.6333),
  friendship('2004', 'Rabat', 'MA', 34.0209, -6.8416),
  friendship('2004', 'Casablanca', 'MA', 33.5731, -7.5898),
  friendship('2004', 'Tunis', 'TN', 36.8065, 10.1815),
  friendship('2005', 'Copenhagen', 'DK', 55.6761, 12.5683),
  friendship('2006-04', 'Montreal', 'CA', 45.5017, -73.5673),
];

/** The themes the source text names. */
export const PARIS_THEMES = [
  { code: 'cycling_soft_transport', labelEn: 'Cycling and soft transport', labelFr: 'Vélo et mobilités douces' },
  { code: 'social_housing', labelEn: 'Social housing', labelFr: 'Logement social' },
  { code: 'risk_prevention', labelEn: 'Risk prevention', labelFr: 'Prévention des risques' },
  { code: 'heritage_conservation', labelEn: 'Heritage conservation', labelFr: 'Conservation du patrimoine' },
  { code: 'new_technologies', labelEn: 'New technologies', labelFr: 'Nouvelles technologies' },
] as const;

interface SampleAction {
  city: string;
  title: string;
  kind: ActionKind;
  status: ActionStatus;
  themes: (typeof PARIS_THEMES)[number]['code'][];
  notes: string;
}

export const PARIS_ACTIONS: readonly SampleAction[] = [
  {
    city: 'Copenhagen',
    title: 'The role of bicycles and soft transport in the city',
    kind: 'joint_project',
    status: 'ongoing',
    themes: ['cycling_soft_transport'],
    notes: 'Working with Copenhagen on the role of bicycles and soft transport in cities.',
  },
  {
    city: 'London',
    title: 'Management of social housing',
    kind: 'staff_exchange',
    status: 'ongoing',
    themes: ['social_housing'],
    notes: 'Exchanging with London on the management of social housing.',
  },
  {
    city: 'Prague',
    title: 'Real-time flood alerts by mobile phone for the flood risk prevention plan (PPRI)',
    kind: 'expert_mission',
    status: 'ongoing',
    themes: ['risk_prevention', 'new_technologies'],
    notes:
      'After the major floods of summer 2002, Prague set up a system alerting the population in real time through mobile telephone networks. Paris is studying it as part of the definition of its flood risk prevention plan, Plan de prévention des risques d’inondation (PPRI).',
  },
  {
    city: 'Prague',
    title: 'Heritage conservation and new technologies',
    kind: 'joint_project',
    status: 'ongoing',
    themes: ['heritage_conservation', 'new_technologies'],
    notes: 'Another area of partnership with Prague involves new technologies and heritage conservation.',
  },
];
