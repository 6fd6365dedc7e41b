/**
 * Nouns that name events: a later "since the summit" can refer back to one, and a month used as
 * an adjective dates one ("the March accession", "the October ceasefire"), where before any other
 * noun it is more likely part of a name ("the May government").
 */
export const EVENT_NOUNS =
  "summit|summits|meeting|meetings|talks|negotiations|election|elections|vote|referendum|war|conflict|invasion|attack|attacks|bombing|bombings|strike|strikes|coup|revolution|uprising|crisis|collapse|crash|disaster|earthquake|tsunami|flood|floods|hurricane|storm|outbreak|pandemic|epidemic|ceasefire|truce|treaty|accord|accords|agreement|deal|pact|visit|trip|tour|conference|inauguration|announcement|launch|test|tests|protest|protests|riots|massacre|assassination|killing|arrest|trial|verdict|ruling|independence|reunification|unification|handover|withdrawal|merger|takeover|bankruptcy|recession|games|olympics|championship|final|tournament|ceremony|signing|incident|explosion|fire|shooting|raid|offensive|siege|occupation|crackdown|resignation|speech|report|ban|shutdown|lockdown|uprisings|genocide|famine|drought|fall|accession|opening|poll|polls|deadline|session|round|budget|ceasefire|cease-fire|convention|primary|primaries|hearing|rally|enlargement|handover|release|visits|trips|talk|negotiation|debate|review|plenum|congress|campaign|offensives|sessions|rounds";
