import { list } from "./names";

/** Industries with invented (but plausible) companies and the titles people there hold. */
export interface Industry {
  name: string;
  weight: number;
  companies: readonly string[];
  titles: readonly string[];
  /** What people in this industry work on; completes "… with a focus on {focus}". */
  focus: readonly string[];
}

const industry = (
  name: string,
  weight: number,
  companies: string,
  titles: string,
  focus: string,
): Industry => ({
  name,
  weight,
  companies: list(companies),
  titles: list(titles),
  focus: list(focus),
});

export const INDUSTRIES: readonly Industry[] = [
  industry(
    "Software",
    16,
    `Nordlicht Analytics, Alpenbyte Systems, Lagoon Cloud, Brightmoor Software, Cobalto Labs,
      Fjordline Data, Quellcode Werk, Vettore Digital`,
    `Senior Data Engineer, Software Engineer, Staff Engineer, Engineering Manager,
      Product Manager, Frontend Developer, Site Reliability Engineer, CTO, UX Designer,
      Head of Talent, Technical Recruiter`,
    `data platforms, cloud infrastructure, developer tooling, machine learning in production,
      accessible web applications`,
  ),
  industry(
    "Finance",
    10,
    `Rheinwert Capital, Banca Solaria, Thistle & Pike Partners, Ambra Asset Management,
      Helvetor Private Bank, Kestrel Payments`,
    `Portfolio Manager, Risk Analyst, Head of Compliance, Investment Associate, CFO,
      Credit Analyst, Quantitative Analyst, Talent Acquisition Partner`,
    `sustainable investing, payments, credit risk, regulatory reporting, wealth management`,
  ),
  industry(
    "Healthcare",
    8,
    `MediVista Kliniken, Salus Care Group, Clearwater Health, Medvia Diagnostics, Almhof Reha,
      Ospedale Nuova Aurora`,
    `Head of Nursing, Medical Director, Clinical Operations Manager, Healthcare Consultant,
      Hospital Administrator, Physiotherapist, HR Business Partner`,
    `patient safety, digital health records, clinical operations, rehabilitation`,
  ),
  industry(
    "Manufacturing",
    9,
    `Kranwerk Maschinenbau, Officine Brambilla, Stahlberg Industries, Precisa Components,
      Harlow Fabrication, Tecnomeccanica Veneta`,
    `Plant Manager, Production Engineer, Quality Manager, Supply Chain Lead, Lean Coach,
      Head of Operations, Process Engineer`,
    `lean production, industrial automation, quality systems, supplier development`,
  ),
  industry(
    "Automotive",
    8,
    `Voltara Motors, Autoteile Brenner, Strada Mobility, Drivelane Systems, Kessler
      Fahrzeugtechnik, Ferraresi Componenti`,
    `Battery Systems Engineer, Vehicle Dynamics Engineer, Purchasing Manager,
      Homologation Specialist, Embedded Software Engineer, Head of R&D`,
    `electric drivetrains, battery systems, autonomous driving, embedded software`,
  ),
  industry(
    "Consulting",
    9,
    `Brückner & Partner, Meridian Strategy Group, Consulta Lombarda, Ashgrove Advisory,
      Kompass Beratung, Northbridge Consulting`,
    `Management Consultant, Senior Manager, Partner, Business Analyst, Transformation Lead,
      Recruiting Manager`,
    `digital transformation, operating models, mergers and integration, pricing strategy`,
  ),
  industry(
    "Education",
    6,
    `Lernwerk Akademie, Scuola Futura, Oakridge Learning, EduPath Online, Campus Nova,
      Brightwell Institute`,
    `Instructional Designer, Head of Programs, Lecturer, Learning Experience Designer,
      Academic Director, Admissions Manager`,
    `online learning, curriculum design, vocational training, learning analytics`,
  ),
  industry(
    "Retail",
    7,
    `Kaufhaus Lindner, Emporio Sole, Harbour & Finch, ShopLuna, Grünkorb Bio-Märkte,
      Mercato Digitale`,
    `Category Manager, E-Commerce Manager, Store Operations Lead, Buyer, CRM Manager,
      Head of Merchandising`,
    `omnichannel retail, customer loyalty, category strategy, sustainable sourcing`,
  ),
  industry(
    "Media",
    6,
    `Blickwinkel Media, Studio Riviera, Lanternfish Productions, Echo Verlag, Redwall
      Publishing, Onda Digitale`,
    `Editor-in-Chief, Content Strategist, Producer, Audience Development Manager, Journalist,
      Head of Partnerships`,
    `digital journalism, podcasts, audience growth, branded content`,
  ),
  industry(
    "Energy",
    7,
    `Alpenstrom, Solaris Energia, Greenfield Grid, Nordsee Windkraft, Tidewater Power,
      Eolica Adriatica`,
    `Project Developer, Grid Engineer, Energy Trader, Head of Sustainability,
      Asset Manager, Wind Farm Operations Manager`,
    `offshore wind, grid integration, energy trading, solar project development`,
  ),
  industry(
    "Biotech",
    6,
    `Genovia Therapeutics, Helixa Bio, BioAlpina, Cellvera, Proteon Biosciences, Lumira Bio`,
    `Research Scientist, Head of Regulatory Affairs, Clinical Trial Manager, Bioinformatician,
      Business Development Director, Lab Manager`,
    `cell therapy, protein engineering, clinical development, bioinformatics`,
  ),
  industry(
    "Logistics",
    7,
    `Hafenlogistik Weber, TransAlpina Cargo, Swiftmile Freight, Nordfracht Logistik,
      Portolano Shipping, Crossdock Europe`,
    `Logistics Manager, Fleet Manager, Customs Specialist, Warehouse Operations Lead,
      Head of Procurement, Transport Planner`,
    `last-mile delivery, warehouse automation, customs and trade, intermodal transport`,
  ),
];

export function industryByName(name: string): Industry {
  const found = INDUSTRIES.find((i) => i.name === name);
  if (!found) throw new Error(`unknown seed industry ${name}`);
  return found;
}
