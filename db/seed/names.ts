/** Name pools by language: realistic first and last names, accents and umlauts included. */
export type NamePool = "de" | "it" | "en" | "fr" | "es" | "nl";

interface Names {
  first: readonly string[];
  last: readonly string[];
}

/** A comma-separated list in one template literal, so long pools stay readable. */
export function list(text: string, separator = ","): string[] {
  return text
    .split(separator)
    .map((item) => item.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

export const NAMES: Record<NamePool, Names> = {
  de: {
    first: list(`Jürgen, Lukas, Jonas, Maximilian, Felix, Tobias, Stefan, Matthias, Florian,
      Sebastian, Andreas, Björn, Jörg, Uwe, Niklas, Moritz, Fabian, Ralf, Leon, Anna, Sophie,
      Lena, Katharina, Julia, Laura, Hannah, Sabine, Birgit, Jana, Franziska, Lea, Carolin,
      Miriam, Annika, Käthe, Marie, Charlotte, Greta, Ines, Theresa, Günter, Dörte`),
    last: list(`Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz,
      Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz,
      Zimmermann, Braun, Krüger, Hofmann, Hartmann, Lange, Weiß, Köhler, Böhm, Jäger, Günther,
      Vogel, Förster, Lorenz, Kühn, Pohl, Huber, Gruber, Brunner, Steiner, Mösl, Oberhänsli,
      Baumgartner, Strauß, Groß`),
  },
  it: {
    first: list(`Niccolò, Marco, Luca, Matteo, Alessandro, Andrea, Lorenzo, Davide, Simone,
      Federico, Gabriele, Riccardo, Tommaso, Giacomo, Nicolò, Stefano, Paolo, Giulia, Chiara,
      Francesca, Sara, Martina, Alessia, Elena, Valentina, Federica, Silvia, Beatrice, Ilaria,
      Aurora, Noemi, Benedetta, Caterina`),
    last: list(`Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco,
      Bruno, Gallo, Conti, De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, Moretti,
      Barbieri, Fontana, Santoro, Mariani, Rinaldi, Caruso, Ferrara, Galli, Martini, Leone,
      Bassi, D'Angelo, Dell'Acqua, Fabbri, Pellegrini, Vitale, Sala, Brambilla, Cattaneo,
      Zanetti, Niccolai, Forlì`),
  },
  en: {
    first: list(`James, Oliver, Harry, George, Thomas, William, Jack, Daniel, Samuel, Michael,
      Christopher, Ryan, Connor, Liam, Sean, Ethan, Nathan, Owen, Emily, Olivia, Amelia,
      Charlotte, Jessica, Sophie, Hannah, Grace, Chloe, Megan, Lauren, Rebecca, Siobhán, Aoife,
      Niamh, Rachel, Abigail, Zoë`),
    last: list(`Smith, Jones, Taylor, Brown, Williams, Wilson, Johnson, Davies, Robinson, Wright,
      Thompson, Evans, Walker, White, Roberts, Green, Hall, Wood, Clarke, Jackson, Hughes,
      Edwards, Turner, Murphy, Kelly, O'Brien, Byrne, Ryan, O'Sullivan, Walsh, Miller, Anderson,
      Harris, Martin, Cooper, Bennett, Price, Fletcher`),
  },
  fr: {
    first: list(`Hélène, Chloé, Léa, Camille, Manon, Inès, Juliette, Élodie, Margaux, Jérôme,
      François, Théo, Hugo, Louis, Antoine, Julien, Mathieu, Noé, Clément, Raphaël`),
    last: list(`Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau,
      Simon, Laurent, Lefèvre, Michel, Garnier, Faure, Rousseau, Mercier, Girard, Bonnet`),
  },
  es: {
    first: list(`José, Álvaro, Javier, Sergio, Pablo, Diego, Adrián, Iñigo, Raúl, Jesús, María,
      Lucía, Paula, Sofía, Marta, Nerea, Begoña, Alba, Irene, Ainhoa`),
    last: list(`García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Gómez,
      Martín, Jiménez, Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Navarro, Núñez`),
  },
  nl: {
    first: list(`Daan, Sem, Lucas, Bram, Jeroen, Thijs, Ruben, Joris, Pieter, Sander, Sanne,
      Femke, Lotte, Anouk, Fleur, Eva, Iris, Maud, Noor, Marloes`),
    last: list(`de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit,
      Meijer, de Boer, Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker,
      Brouwer`),
  },
};

/**
 * "Jürgen Weiß" → "jurgenweiss" parts for e-mail addresses: plain ASCII. Marks are dropped after
 * NFKD; ß and a few letters that do not decompose are spelled out.
 */
export function asciiFold(text: string): string {
  return text
    .replace(/ß/g, "ss")
    .replace(/[Ææ]/g, "ae")
    .replace(/[Øø]/g, "o")
    .normalize("NFKD")
    .replace(/\p{Mn}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}
