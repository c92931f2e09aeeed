// The credulous reader: a sentence whose subject is whoever would believe a claim ("Anyone who
// believes the pledge should ask the fishermen", "Only who reads their papers can believe this").
// It casts doubt on the claim by mocking its believers. Shared so that whataboutism ("those who
// … should first ask") and false dilemma ("Only those who …") leave this shape to doubt.

/** "anyone / whoever / nobody / only (those) who … can/should believe", or "anyone who believes … should …". */
const ONLY_BELIEVE = /^\W*(?:and\s+|but\s+|so\s+)?(?:anyone|anybody|whoever|nobody|no\s+one|only(?:\s+those|\s+people|\s+someone)?)\s+(?:who|that)\s+[^.;?!]{2,80}?\b(?:can|could|would|will|should|may|might)\s+(?:still\s+|really\s+|seriously\s+)?(?:believe|trust|buy)\b/i;
const BELIEVER_SHOULD = /^\W*(?:and\s+|but\s+|so\s+)?(?:anyone|anybody|whoever)\s+(?:who\s+)?(?:still\s+|really\s+|seriously\s+)?(?:believes|trusts|thinks)\b[^.;?!]{2,100}?\b(?:should|must|need|needs|ought|has\s+only\s+to|only\s+has\s+to)\b/i;

/** True when the sentence mocks the believers of a claim. */
export const mocksBelievers = (sentence: string): boolean => ONLY_BELIEVE.test(sentence) || BELIEVER_SHOULD.test(sentence);
