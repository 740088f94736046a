import { list } from "./names";
import type { Lang } from "./texts-inmail";

/** Short lines for replies and conversations between connections, by language. */
export const CHAT: Record<
  Lang,
  {
    answers: string[];
    interested: string[];
    declined: string[];
    openers: string[];
    replies: string[];
  }
> = {
  en: {
    answers: [
      "Thanks for reaching out! Yes, happy to talk. Tuesday or Wednesday afternoon works for me.",
      "Thank you, that sounds interesting. Could you send me a few more details first?",
      "Hi, thanks for the message. I am not looking right now, but let us stay in touch.",
    ],
    interested: ["Sounds good, let us set up a call.", ""],
    declined: ["Thanks, but I am happy where I am.", ""],
    openers: list(
      `Hi! Are we still on for Thursday?; Did you see the slides I sent?;
      Congratulations on the new role!; Quick question about the project timeline.`,
      ";",
    ),
    replies: list(
      `Yes, Thursday at 10 works.; Got them, thanks, looks great.; Thank you so much!;
      Sure, what do you need to know?; Let me check and get back to you.`,
      ";",
    ),
  },
  de: {
    answers: [
      "Danke für Ihre Nachricht! Gern, lassen Sie uns sprechen. Dienstag oder Mittwoch Nachmittag passt mir.",
      "Vielen Dank, das klingt spannend. Können Sie mir vorab ein paar Details schicken?",
      "Danke für die Anfrage. Ich suche gerade nicht aktiv, aber bleiben wir gern in Kontakt.",
    ],
    interested: ["Klingt gut, lassen Sie uns telefonieren.", ""],
    declined: ["Danke, aber ich bin derzeit sehr zufrieden.", ""],
    openers: list(
      `Hallo! Bleibt es bei Donnerstag?; Hast du die Folien bekommen?;
      Glückwunsch zur neuen Stelle!; Kurze Frage zum Zeitplan des Projekts.`,
      ";",
    ),
    replies: list(
      `Ja, Donnerstag um 10 passt.; Habe sie, danke, sieht gut aus.; Vielen Dank!;
      Klar, was brauchst du?; Ich schaue nach und melde mich.`,
      ";",
    ),
  },
  it: {
    answers: [
      "Grazie per il messaggio! Volentieri, sentiamoci. Martedì o mercoledì pomeriggio per me va bene.",
      "Grazie, sembra interessante. Potresti mandarmi qualche dettaglio in più?",
      "Ciao, grazie. Al momento non sto cercando, ma restiamo in contatto.",
    ],
    interested: ["Mi interessa, fissiamo una chiamata.", ""],
    declined: ["Grazie, ma per ora sto bene dove sono.", ""],
    openers: list(
      `Ciao! Confermato giovedì?; Hai visto le slide che ti ho mandato?;
      Complimenti per il nuovo ruolo!; Una domanda veloce sulle tempistiche del progetto.`,
      ";",
    ),
    replies: list(
      `Sì, giovedì alle 10 va benissimo.; Ricevute, grazie, ottimo lavoro.; Grazie mille!;
      Certo, cosa ti serve?; Controllo e ti faccio sapere.`,
      ";",
    ),
  },
};
