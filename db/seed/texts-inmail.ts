import type { InmailCategory } from "../schema/enums";

export type Lang = "en" | "de" | "it";

/** First InMail of a thread: subject and body, with {first} {sender} {company} {senderCompany}. */
export const INMAIL_TEXTS: Record<
  Lang,
  Record<InmailCategory, { subject: string; body: string }>
> = {
  en: {
    career_opportunity: {
      subject: "A role at {senderCompany} that fits your profile",
      body: "Hi {first},\n\nyour work at {company} caught my eye. We are growing the team at {senderCompany} and I think you would be a great fit. Would you be open to a short call next week?",
    },
    consulting_offer: {
      subject: "Short consulting project",
      body: "Hello {first},\n\nwe are looking for outside expertise for a six-week project. Given your background at {company}, would you consider a paid engagement?",
    },
    new_venture: {
      subject: "Building something new",
      body: "Hi {first},\n\nI am starting a new venture and looking for a co-founder with your experience. Happy to share the deck if you are curious.",
    },
    job_inquiry: {
      subject: "Question about openings at {company}",
      body: "Hello {first},\n\nI saw that {company} is hiring. I would love to learn more about the team before I apply. Do you have ten minutes for me?",
    },
    expertise_request: {
      subject: "Your advice on a tricky problem",
      body: "Hi {first},\n\nI read your posts and would value your opinion on a question we are stuck on at {senderCompany}. Could I send you two or three questions?",
    },
    business_deal: {
      subject: "Partnership between {senderCompany} and {company}",
      body: "Hello {first},\n\nI believe {senderCompany} and {company} could work well together. Would you be the right person to talk to about a partnership?",
    },
    reference_request: {
      subject: "Reference request",
      body: "Hi {first},\n\na former colleague of yours has applied with us and named you as a reference. Would you have a few minutes to share your impressions?",
    },
    get_back_in_touch: {
      subject: "Long time no see!",
      body: "Hi {first},\n\nit has been a while since we last spoke. I would love to hear what you are working on at {company} these days.",
    },
  },
  de: {
    career_opportunity: {
      subject: "Eine Position bei {senderCompany}, die zu Ihnen passt",
      body: "Hallo {first},\n\nIhr Profil bei {company} hat mich sehr angesprochen. Wir bauen unser Team bei {senderCompany} aus und ich glaube, Sie würden hervorragend passen. Hätten Sie nächste Woche Zeit für ein kurzes Gespräch?",
    },
    consulting_offer: {
      subject: "Kurzes Beratungsprojekt",
      body: "Guten Tag {first},\n\nfür ein sechswöchiges Projekt suchen wir externe Expertise. Wären Sie mit Ihrer Erfahrung bei {company} an einem bezahlten Auftrag interessiert?",
    },
    new_venture: {
      subject: "Gründung: Mitstreiter gesucht",
      body: "Hallo {first},\n\nich gründe gerade ein Unternehmen und suche eine Mitgründerin oder einen Mitgründer mit Ihrer Erfahrung. Darf ich Ihnen das Konzept schicken?",
    },
    job_inquiry: {
      subject: "Frage zu offenen Stellen bei {company}",
      body: "Hallo {first},\n\nich habe gesehen, dass {company} Leute sucht. Bevor ich mich bewerbe, würde ich gern mehr über das Team erfahren. Hätten Sie zehn Minuten?",
    },
    expertise_request: {
      subject: "Ihre Einschätzung zu einer Frage",
      body: "Hallo {first},\n\nwir stehen bei {senderCompany} vor einer kniffligen Frage, zu der Ihre Meinung sehr hilfreich wäre. Darf ich Ihnen zwei, drei Fragen schicken?",
    },
    business_deal: {
      subject: "Zusammenarbeit {senderCompany} und {company}",
      body: "Guten Tag {first},\n\nich sehe großes Potenzial für eine Zusammenarbeit zwischen {senderCompany} und {company}. Sind Sie dafür die richtige Ansprechperson?",
    },
    reference_request: {
      subject: "Bitte um eine Referenz",
      body: "Hallo {first},\n\neine ehemalige Kollegin von Ihnen hat sich bei uns beworben und Sie als Referenz genannt. Hätten Sie kurz Zeit für ein paar Eindrücke?",
    },
    get_back_in_touch: {
      subject: "Lange nichts gehört!",
      body: "Hallo {first},\n\nes ist eine Weile her. Mich würde sehr interessieren, woran Sie gerade bei {company} arbeiten.",
    },
  },
  it: {
    career_opportunity: {
      subject: "Un ruolo in {senderCompany} adatto al tuo profilo",
      body: "Ciao {first},\n\nil tuo lavoro in {company} mi ha colpito. Stiamo ampliando il team di {senderCompany} e credo che saresti perfetto/a. Avresti tempo per una breve chiamata la prossima settimana?",
    },
    consulting_offer: {
      subject: "Breve progetto di consulenza",
      body: "Buongiorno {first},\n\ncerchiamo competenze esterne per un progetto di sei settimane. Con la tua esperienza in {company}, saresti interessato/a a un incarico retribuito?",
    },
    new_venture: {
      subject: "Una nuova impresa",
      body: "Ciao {first},\n\nsto avviando una startup e cerco un socio con la tua esperienza. Posso mandarti la presentazione?",
    },
    job_inquiry: {
      subject: "Posizioni aperte in {company}",
      body: "Buongiorno {first},\n\nho visto che {company} sta assumendo. Prima di candidarmi vorrei sapere qualcosa in più sul team. Hai dieci minuti?",
    },
    expertise_request: {
      subject: "Un tuo parere",
      body: "Ciao {first},\n\nin {senderCompany} abbiamo una questione su cui il tuo parere sarebbe prezioso. Posso inviarti due o tre domande?",
    },
    business_deal: {
      subject: "Collaborazione tra {senderCompany} e {company}",
      body: "Buongiorno {first},\n\nvedo un ottimo potenziale di collaborazione tra {senderCompany} e {company}. Sei la persona giusta con cui parlarne?",
    },
    reference_request: {
      subject: "Richiesta di referenze",
      body: "Ciao {first},\n\nun tuo ex collega si è candidato da noi e ti ha indicato come referenza. Avresti qualche minuto per raccontarmi la tua esperienza?",
    },
    get_back_in_touch: {
      subject: "Quanto tempo!",
      body: "Ciao {first},\n\nè passato un po' di tempo. Mi piacerebbe sapere a cosa stai lavorando adesso in {company}.",
    },
  },
};

export function fillText(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? "");
}
