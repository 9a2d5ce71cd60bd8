/**
 * Common UK forenames and surnames (ONS birth registrations and the most frequent surnames), for
 * spotting a name used as a person reference ("JaneSmith", "jane.smith"). Not a complete list: the
 * rule that a reference holds a digit catches most of what this misses.
 */
const FORENAMES = `aaliyah aaron abbie abdul abigail adam adrian ahmed aidan aimee alan albert alex alexander alexandra alfie
alice alicia alison amanda amber amelia amir amy andrea andrew angela ann anna anne annie anthony archie arthur ashley
aurora ava barbara barry beatrice ben benjamin beth bethany betty billy bob brenda brian bronwen callum cameron carl carol
caroline catherine charles charlie charlotte chloe chris christine christopher claire clare colin connor craig daisy
daniel danielle darren david dawn dean debbie deborah declan denise dennis derek diane dominic donald donna dorothy
dylan edward eileen elaine eleanor eliza elizabeth ella ellie elsie emily emma eric erin ethan eva evelyn evie faith
fatima finlay finley florence frances francesca frank freddie freya gail gareth gary gavin gemma geoffrey george
georgia gillian gordon grace graham gwen hannah harper harriet harrison harry harvey hayley hazel heather helen henry
holly hugh ian imogen irene isaac isabel isabella isabelle isla ivy jack jackie jacob jade jake james jamie jane janet
janice jasmine jason jay jayden jean jennifer jenny jeremy jessica jill joan joanne joe joel john jonathan jordan joseph
joshua joyce judith julia julie june justin karen kate katherine kathleen katie kayla keith kelly kenneth kerry kevin
kieran kim kyle laura lauren layla leah lee leo leon lewis liam lilly lily linda lisa logan lola louis louise lucas
lucy luke lydia maisie malcolm marcus margaret maria marie mark martin mary mason matilda matthew maureen max maya megan
melissa mia michael michelle mila millie mohammed mohammad molly muhammad nancy naomi natalie nathan neil nicholas
nicola nigel noah olivia oliver oscar owen paige pamela patricia patrick paul paula pauline peter philip phoebe phyllis
poppy rachel raymond rebecca reece rhys richard rita robert robin roger ronald rose rosie ross roy ruby russell ruth
ryan sally samantha samuel sandra sara sarah scarlett scott sean shannon sharon sheila shirley simon sofia sophia sophie
stacey stanley stephanie stephen steven stuart susan suzanne sylvia teresa terry theo theodore thomas tina toby tom
tommy tony tracey tracy trevor tyler valerie vanessa victoria vincent violet wayne wendy william willow yasmin yusuf
zachary zara zoe`;

const SURNAMES = `smith jones williams taylor brown davies evans wilson thomas johnson roberts robinson thompson wright walker
white edwards hughes green hall lewis harris clarke patel jackson wood turner martin cooper hill ward morris moore
clark lee king baker harrison morgan allen james scott phillips watson davis parker price bennett young griffiths
mitchell kelly cook carter richardson bailey collins bell shaw murphy miller cox richards khan marshall anderson simpson
ellis adams singh begum wilkinson foster chapman powell webb rogers gray mason ali hunt hussain campbell matthews owen
palmer holmes mills barnes knight lloyd butler russell barker fisher stevens jenkins murray dixon harvey graham pearson
ahmed fletcher walsh kaur gibson howard andrews stewart elliott reynolds saunders payne fox ford pearce day brooks west
lawrence cole atkinson bradley spencer gill dawson ball burton o'brien watts rose booth perry ryan grant wells armstrong
francis rees hayes hart hudson newman barrett webster hunter gregory carr lowe page marsh riley dunn woods parsons berry
stone reid holland hawkins harding porter robertson newton oliver reed kennedy williamson bird gardner shah dean lane
cooke bates henderson parry burgess bishop walton burns nicholson shepherd ross cross long freeman warren nicholls
hamilton byrne sutton mcdonald yates hodgson robson curtis hopkins o'connor harper coleman watkins moss mccarthy chambers
o'neill griffin sharp hardy wheeler potter osborne johnston gordon doyle wallace george jordan hutchinson rahman`;

export const COMMON_NAMES: ReadonlySet<string> = new Set([...FORENAMES.split(/\s+/), ...SURNAMES.split(/\s+/)].filter(Boolean));
