package lint

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ---- people ----

// langGrammar holds the word lists the matchers themselves use.
type langGrammar struct {
	past, participle, adverbs, lyVerbs      langBits
	pronoun, role, det, quantifier, names   langBits
	opener, possPronoun, npEnd, modifierEnd langBits
	aux, neg, lapse, faultAdverb, omit      langBits
	objPronoun, ourTheir, singularDet       langBits
	nounSlot, roleTail, sequel              langBits
	personStart                             langBits       // words a person may start with
	roleWord                                []langBitsWord // role and crew words: a role needs one
	roleAny                                 langBits       // the same words as a set
	// what a passive rewrite must not meet: a verb with no passive, a
	// pronoun that points back at the person, the words of a clause
	noPassive, backRef, clauseWord langBits
	presentTense, timeUnit         langBits // verbs in the present tense a person may lead; units of time
	particle, objectStop, vague    langBits // "kicked off"; words that end an object; "it"
	signal                         langBits // alerts and warnings
	nobody                         langBits // "nobody", "no-one"
	machineRole                    langBits // role words that software also bears: "operator"
	orgRole                        langBits // role words that a company also bears: "supplier"
	crewRole, crewMod              langBits // "shift", "agent" are people after "night", "helpdesk"
	officeRole                     langBits // "head", "director": a role before "of" and a field
	finite                         langBits // "had", "did", "would": verbs that open a clause
	title                          langBits // "Dr", "Ms": a person's title before a name
	slip, subord                   langBits // "mistake", "failure": a fault, not a work; "which", "because"
	nameParticle                   langBits // "van", "de", "bin": small words inside a surname
	work                           langBits // what a person does: "change", "decision", "script"
	group                          langBits // "squad", "unit": the group a person works in
	groupTitle                     langBits // "Team": a word that names a team before its name
	humanAct                       langBits // what only people do: "approved", "mistyped"
	the                            uint16   // "The" before a crew's nickname
}

func newLangGrammar(v *langVocab) langGrammar {
	g := langGrammar{
		past: v.set("past"), participle: v.set("participle"), adverbs: v.set("adverbs"),
		lyVerbs: v.set("ly-verbs"), pronoun: v.set("pronoun"), role: v.set("role"),
		det: v.set("det"), quantifier: v.set("quantifier"), names: v.set("names"),
		opener: v.set("opener"), possPronoun: v.set("poss-pronoun"), npEnd: v.set("np-end"),
		modifierEnd: v.set("be"), aux: v.set("aux"), neg: v.set("neg"), lapse: v.set("lapse"),
		faultAdverb: v.set("fault-adverb"), omit: v.set("omit"), objPronoun: v.set("obj-pronoun"),
		ourTheir: v.set("our-their"), singularDet: v.set("singular-det"), nounSlot: v.set("noun-slot"), roleTail: v.set("role-tail"), sequel: v.set("sequel"),
		noPassive: v.set("no-passive"), backRef: v.set("back-ref"), presentTense: v.set("present-verb"), timeUnit: v.set("time-unit"),
		particle: v.set("particle"), objectStop: v.set("object-stop"), vague: v.set("vague-object"), signal: v.set("signal"), machineRole: v.set("machine-role"), orgRole: v.set("org-role"), finite: v.set("finite"),
		nobody: v.set("nobody"), crewRole: v.set("crew-role"), crewMod: v.set("crew-mod"), officeRole: v.set("office-role"), title: v.set("title"),
		slip:         v.set("slip-noun"),
		nameParticle: v.set("name-particle"), work: v.set("work"), group: v.set("person-group"),
		groupTitle: v.set("group-title"), the: v.id("the"),
		humanAct: v.set("human-act"),
	}
	for _, set := range []langBits{g.finite, g.modifierEnd, g.pronoun, v.set("modal"), v.set("modal-not")} {
		g.clauseWord.union(set)
	}
	for _, set := range []langBits{g.pronoun, g.det, g.role, g.quantifier, g.possPronoun, g.names} {
		g.personStart.union(set)
	}
	var roles langBits
	roles.union(g.role)
	roles.union(g.crewRole)
	roles.union(g.officeRole)
	g.roleWord, g.roleAny = langSparse(roles), roles
	return g
}

// roleOnlySet returns the words that start a person only as a role's
// first word: the words a person may start with that are no name,
// pronoun, owner ("his", "our") or part of a name (a title, "van").
func (g *langGrammar) roleOnlySet() langBits {
	var out, personal langBits
	for _, set := range []langBits{g.names, g.pronoun, g.possPronoun, g.ourTheir, g.nameParticle, g.title} {
		personal.union(set)
	}
	out.union(g.personStart)
	for i := range out {
		if i < len(personal) {
			out[i] &^= personal[i]
		}
	}
	return out
}

// roleless is a quick test that no kind of person starts at token k: a
// word in lower case that starts a person only as a role
// (langRoleOnly), in a text without a role word.
func (s *langScan) roleless(k int) bool {
	t := &s.toks[k]
	return t.kind == langWord && !t.capital && !t.poss && s.c.wordFlags[t.id]&langRoleOnly != 0 && !s.mayRole()
}

// personAt reads a person starting at token k and returns the token after
// it: an @mention, a known name (with a surname), a pronoun, or a role
// ("the on-call engineer", "one of the SREs", "our DBA").
func (s *langScan) personAt(k int) (int, bool) {
	if k >= len(s.toks) {
		return 0, false
	}
	if m := s.memo[k][0]; m != 0 {
		return int(m) - 1, m > 0
	}
	end, ok := s.readPerson(k)
	if ok && s.possessive(end-1) && s.roleAfterOwner(end-1) {
		end = s.roleEnd(s.roleAfter(end - 1)) // "Siobhan's team", "his manager": people, not work
	}
	if ok {
		s.memo[k][0] = int32(end + 1)
	} else {
		s.memo[k][0] = -1
	}
	return end, ok
}

// readPerson is personAt without the memo.
func (s *langScan) readPerson(k int) (int, bool) {
	t := &s.toks[k]
	switch {
	case t.kind == langMention:
		return k + 1, true
	case t.kind != langWord:
		return 0, false
	case t.capital && (s.c.g.names.has(t.id) || s.known(t) || t.id == 0 && s.listedFirst(t)):
		return s.surname(k), true
	case t.capital && s.c.g.nameParticle.has(t.id) && !t.poss && s.particleRun(k) > k:
		return s.surname(s.particleRun(k)), true // "Van der Berg"
	case t.capital && s.c.g.title.has(t.id) && !t.poss && s.text[t.start+1] >= 'a':
		n := k + 1
		if s.word(n) == "." {
			n++ // "Dr. Halvorsen"
		}
		if n < len(s.toks) && s.toks[n].capital && s.toks[n].kind == langWord {
			return s.surname(n), true // "Dr Okafor", "Ms Lindqvist"
		}
	case !t.capital && s.lowerName(k):
		return k + 1, true
	case t.capital && t.poss && t.id == 0 && s.unknownOwner(k):
		return k + 1, true // "Minho's team": a name no list holds, and the people it leads
	case t.capital && !t.poss && t.id == 0 && s.humanByAct(k):
		return s.surname(k), true // "Marisol approved …": a name no list holds, read from what it does
	case t.capital && !t.poss && s.c.g.groupTitle.has(t.id) && s.nameAfter(k+1):
		return s.surname(k + 1), true // "Team Lawine": a team by its name
	case t.capital && t.id == s.c.g.the && s.nickname(k+1) > k+1:
		return s.nickname(k + 1), true // "the Blade Runners": a crew by its nickname
	case s.c.g.pronoun.has(t.id):
		if s.word(k+1) == "else" || s.word(k+1) == "else's" {
			return k + 2, true
		}
		return k + 1, true
	case s.c.g.possPronoun.has(t.id), t.sentStart && s.ownerOpens(k):
		return k + 1, true
	}
	return s.roleAt(k)
}

// nameAfter reports a capitalised word at token k inside the sentence:
// the name after "Team".
func (s *langScan) nameAfter(k int) bool {
	return k < len(s.toks) && s.toks[k].kind == langWord && s.toks[k].capital && !s.toks[k].sentStart
}

// nickname returns the end of a crew's nickname from token k, after a
// sentence's "The": one to three capitalised words, the last a plural
// (not a name in -s alone, "Tomás"), before a verb in the past ("The
// Blade Runners restarted", "The Gateway Gremlins changed"), or k. A
// plural in capitals names people: products are named in the singular.
func (s *langScan) nickname(k int) int {
	for j := k; j < k+3 && s.nameAfter(j); j++ {
		if s.toks[j].poss {
			return k
		}
		if s.pluralNoun(j) && s.isPast(j+1) && (j > k || !s.c.g.names.has(s.toks[j].id)) {
			return j + 1
		}
	}
	return k
}

// lowerName reads a name written in lower case, as chat notes do ("14:02
// ravi pushes the config"): a listed name that opens a clause and is
// followed by a verb, or is a possessive ("after lena's deploy").
func (s *langScan) lowerName(k int) bool {
	t := &s.toks[k]
	listed := s.c.g.names.has(t.id)
	if t.kind != langWord || !listed && (t.id != 0 || len(s.people.names) == 0 || !s.knownNote(k)) && !s.noteName(k) {
		return false
	}
	if w := s.word(k - 1); !s.clauseStart(k) && !s.clockBefore(k) && w != "think" && w != "guess" && w != "seems" && w != "after" {
		return false
	}
	if t.poss {
		return true
	}
	n := s.noteAct(k + 1) // "19:42 bilal: pushed …"
	// after a note's time any verb in -s will do ("16:05 lena flips
	// maintenance mode"), but not one that starts a gerund ("starts digging")
	return s.in(n, s.c.g.aux) || s.in(n, s.c.g.neg) || s.isPast(n) || s.presentVerb(n) || s.in(n, s.c.g.modifierEnd) ||
		k > 0 && langIsDigit(s.text[s.toks[k-1].start]) && s.verbInS(n) && !strings.HasSuffix(s.word(n+1), "ing")
}

// presentVerb reports a verb in the third person of the present: a listed
// one, or a word in -s that a determiner or a particle follows ("pushes the
// config", "force-pushes to the branch").
func (s *langScan) presentVerb(k int) bool {
	if s.in(k, s.c.g.presentTense) {
		return true
	}
	if !s.verbInS(k) {
		return false
	}
	n := k + 1
	return s.in(n, s.c.g.det) || s.in(n, s.c.g.particle) || s.word(n) == "to" || s.in(n, s.c.g.quantifier)
}

// verbInS reports a word shaped like a verb in the third person of the
// present: lower case, in -s but not -ss or -'s, four letters or more.
func (s *langScan) verbInS(k int) bool {
	w := s.word(k)
	return len(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s") && !s.toks[k].capital
}

// surname extends a name over the capitalised words after it, and the
// small words inside a surname ("van der Berg").
func (s *langScan) surname(k int) int {
	end := k + 1
	for !s.toks[end-1].poss && end < len(s.toks) {
		if p := s.particleRun(end - 1); p > end-1 {
			end = p
		}
		n := &s.toks[end]
		if n.kind != langWord || !n.capital || n.sentStart || n.id != 0 && !s.c.g.names.has(n.id) {
			break
		}
		end++
	}
	return end
}

// particleRun returns the capitalised word after the small words of a
// surname that follow token k ("van der" in "van der Berg"), or k when
// there are none or no such word ends them.
func (s *langScan) particleRun(k int) int {
	j := k + 1
	for j < k+3 && s.in(j, s.c.g.nameParticle) && !s.toks[j].capital && !s.toks[j].poss {
		j++
	}
	if j == k+1 || j >= len(s.toks) || s.toks[j].kind != langWord || !s.toks[j].capital || s.toks[j].id != 0 && !s.c.g.names.has(s.toks[j].id) {
		return k
	}
	return j
}

// listedFirst reports a name joined to another by a hyphen whose first
// part is a listed name: "Anne-Marie", "Jean-Luc", "Wei-Lin".
func (s *langScan) listedFirst(t *langToken) bool {
	w := s.lx.low(t)
	i := strings.IndexByte(w, '-')
	return i > 1 && i < len(w)-2 && s.c.g.names.has(s.lx.voc.lookup(w, 0, i)) && langNameShape(s.text[t.start:t.end])
}

// roleAt reads "the on-call engineer", "our DBA", "one of the SREs",
// "Engineers": a determiner, up to two modifiers, then role words.
func (s *langScan) roleAt(k int) (int, bool) {
	if !s.mayRole() || !s.roleNear(k) {
		return 0, false
	}
	return s.readRole(k)
}

// langRoleReach is how far after its first token readRole looks for a
// role or crew word: "one of" and a determiner, then three words.
const langRoleReach = 5

// roleNear reports a role or crew word among tokens k..k+langRoleReach,
// without which readRole reads no role at k.
func (s *langScan) roleNear(k int) bool {
	for j := k; j <= k+langRoleReach && j < len(s.toks); j++ {
		if s.in(j, s.c.g.roleAny) {
			return true
		}
	}
	return false
}

// readRole is roleAt without its quick tests.
func (s *langScan) readRole(k int) (int, bool) {
	j := k
	if s.in(j, s.c.g.quantifier) && s.word(j+1) == "of" {
		j += 2
	}
	if s.in(j, s.c.g.det) {
		j++
	}
	for m := 0; m < 3 && j < len(s.toks); m, j = m+1, j+1 {
		if s.crewAt(j, k) {
			return s.roleEnd(j), true
		}
		if e := s.officeAt(j, k); e > 0 {
			return e, true
		}
		if s.in(j, s.c.g.role) {
			if j > k && s.toks[j-1].capital && !s.in(j-1, s.c.g.det) && s.in(j, s.c.g.machineRole) {
				return 0, false // "the Kubernetes operator": software named for its product
			}
			if s.in(j, s.c.g.orgRole) {
				if s.in(j+1, s.c.g.roleAny) {
					continue // "the vendor engineer", "the vendor's support engineer": a person who works for one
				}
				if s.wordWithin(j+1, 8, "its") || s.reasonAt(k-1) {
					return 0, false // "a supplier changed its file names", "failed because the supplier changed the plastic": a company
				}
			}
			if s.in(j, s.c.g.machineRole) && (s.word(j+2) == "its" || s.word(j+3) == "its") {
				return 0, false // "the mobile operator retired its old APN": a company, or software
			}
			return s.roleEnd(j), true
		}
		if s.toks[j].poss && j > k && s.roleAfterOwner(j) {
			continue // "the lab's new hire": a group's role
		}
		if s.toks[j].kind != langWord || s.toks[j].poss || s.in(j, s.c.g.npEnd) || s.in(j, s.c.g.modifierEnd) {
			return 0, false
		}
		if j == k && !s.in(k, s.c.g.det) && !s.in(k, s.c.g.crewMod) {
			return 0, false // a bare role word must come first: "Ops", not "Postgres operator"
		}
	}
	return 0, false
}

// reasonAt reports a word at token k that opens a clause of reason,
// after what it explains: "because", "since".
func (s *langScan) reasonAt(k int) bool {
	switch s.word(k) {
	case "because", "since":
		return k > 0
	}
	return false
}

// officeAt returns the end of an office a determiner leads at token j,
// "the head of clinical systems", "our director of sales", or 0: the field
// is up to three words with no determiner ("the head of the queue" is no
// one) and no verb.
func (s *langScan) officeAt(j, k int) int {
	if j == k || !s.in(j-1, s.c.g.det) || !s.in(j, s.c.g.officeRole) || s.word(j+1) != "of" {
		return 0
	}
	n := j + 2
	for ; n < j+5 && n < len(s.toks); n++ {
		t := &s.toks[n]
		if t.kind != langWord || t.poss || s.in(n, s.c.g.det) || s.in(n, s.c.g.npEnd) || s.in(n, s.c.g.modifierEnd) ||
			s.in(n, s.c.g.aux) || s.in(n, s.c.g.neg) || s.isPast(n) {
			break
		}
	}
	if n == j+2 || s.in(j+2, s.c.g.det) {
		return 0
	}
	return n
}

// crewAt reports a group or desk word that a word of who works there
// leads: "the night shift", "the helpdesk agent", "first-line support".
func (s *langScan) crewAt(j, k int) bool {
	return j > k && s.in(j, s.c.g.crewRole) && (s.in(j-1, s.c.g.crewMod) || s.crewModTail(j-1))
}

// crewModTail reports a hyphenated word at token k whose last part says
// who works there: "store-ops" in "the store-ops rota", "payments-support".
func (s *langScan) crewModTail(k int) bool {
	if s.toks[k].kind != langWord {
		return false
	}
	w := s.lx.low(&s.toks[k])
	i := strings.LastIndexByte(w, '-')
	return i > 0 && s.c.g.crewMod.has(s.lx.voc.lookup(w, i+1, len(w)))
}

// roleEnd extends a role over further role words ("on-call engineer"),
// and a group's over the role in it ("the platform team's lead").
func (s *langScan) roleEnd(j int) int {
	for {
		switch {
		case !s.toks[j].poss && (s.in(j+1, s.c.g.role) || s.crewAt(j+1, j)):
			j++
		case s.toks[j].poss && s.roleAfterOwner(j):
			j = s.roleAfter(j)
		default:
			return j + 1
		}
	}
}

// roleAfterOwner reports a role word one or two words after the
// possessive at token j: "team's lead", "vendor's on-call engineer".
func (s *langScan) roleAfterOwner(j int) bool {
	return s.roleAfter(j) > j
}

// roleAfter returns the role word one or two words after the possessive
// at token j, with no word between that ends a noun phrase, or j.
func (s *langScan) roleAfter(j int) int {
	for n := j + 1; n <= j+2 && n < len(s.toks); n++ {
		t := &s.toks[n]
		if t.kind != langWord || s.in(n, s.c.g.npEnd) || s.in(n, s.c.g.modifierEnd) || s.in(n, s.c.g.machineRole) {
			return j
		}
		if s.in(n, s.c.g.role) {
			return n
		}
		if t.poss {
			return j
		}
	}
	return j
}

// possessive reports whether token k is a possessive: "Ravi's", "his".
func (s *langScan) possessive(k int) bool {
	return k >= 0 && k < len(s.toks) && (s.toks[k].poss || s.in(k, s.c.g.possPronoun) || s.toks[k].sentStart && s.ownerOpens(k))
}

// ownerOpens reports "Their" or "Our" at token k, which opens a sentence
// (the callers ask only then), with a person's work within three words:
// "Their decision to pin the aligner", "Our manual edit to the table";
// not a role ("Our release engineer").
func (s *langScan) ownerOpens(k int) bool {
	if !s.in(k, s.c.g.ourTheir) {
		return false
	}
	if _, ok := s.roleAt(k); ok {
		return false
	}
	for j := k + 1; j <= k+3; j++ {
		if s.in(j, s.c.g.work) {
			return true
		}
	}
	return false
}

// extendPerson takes in what follows a person and belongs to it: "on the
// data team", "and María".
func (s *langScan) extendPerson(end int) int {
	switch w := s.word(end); w {
	case "on", "from", "in", "at":
		if r, ok := s.roleAt(end + 1); ok && !s.possessive(r-1) {
			return r
		}
		if s.in(end+1, s.c.g.roleTail) {
			return end + 2
		}
		if g := s.groupAfter(end + 1); g > 0 {
			return g // "a developer on the payments squad"
		}
		if w != "at" {
			if g := s.bareGroupAfter(end + 1); g > 0 {
				return g // "someone on payments", "a colleague in finance"
			}
		}
	case "responsible":
		if s.word(end+1) == "for" {
			return s.skipPhrase(end + 2)
		}
	case "who", "that":
		if s.in(end+1, s.c.g.modifierEnd) {
			return s.skipRelative(end + 2)
		}
		if w == "who" && s.isPast(end+1) {
			return s.skipPersonTail(end) // "the developer who wrote the cache layer" set no expiry
		}
	case "and":
		if r, ok := s.personAt(end + 1); ok && !s.possessive(r-1) {
			return r
		}
	}
	return end
}

// groupAfter returns the token after a group a person works in that
// starts at token j with a determiner ("the payments squad", "the
// night-shift unit"), or 0.
func (s *langScan) groupAfter(j int) int {
	if !s.in(j, s.c.g.det) {
		return 0
	}
	for n := j + 1; n <= j+3 && n < len(s.toks) && s.toks[n].kind == langWord && !s.toks[n].poss; n++ {
		if s.in(n, s.c.g.group) {
			return n + 1
		}
		if s.in(n, s.c.g.npEnd) {
			return 0
		}
	}
	return 0
}

// skipPhrase skips a short noun phrase after "responsible for".
func (s *langScan) skipPhrase(j int) int {
	if s.in(j, s.c.g.det) {
		j++
	}
	for n := 0; n < 3 && j < len(s.toks) && s.toks[j].kind == langWord; n, j = n+1, j+1 {
		if s.in(j, s.c.g.aux) || s.in(j, s.c.g.neg) || s.in(j, s.c.g.modifierEnd) || s.isPast(j) {
			break
		}
	}
	return j
}

// skipRelative skips a short relative clause after "who was": "the
// engineer who was on call that night".
func (s *langScan) skipRelative(j int) int {
	start := j
	for ; j < len(s.toks) && j < start+5 && s.toks[j].kind == langWord; j++ {
		if s.in(j, s.c.g.neg) || s.in(j, s.c.g.aux) || s.in(j, s.c.g.lapse) || j > start && s.isPast(j) {
			return j
		}
	}
	return start - 2
}

// unknownOwner reports an unknown capitalised possessive at token k,
// shaped like a given name, before a role or group it leads: "Minho's
// team", "Sanne's manager".
func (s *langScan) unknownOwner(k int) bool {
	t := &s.toks[k]
	w := s.text[t.start:t.end]
	for _, suffix := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(w, suffix) {
			w = w[:len(w)-len(suffix)]
			break
		}
	}
	return langNameShape(w) && s.roleAfterOwner(k)
}

// humanByAct reports an unknown capitalised word at token k, shaped like
// a given name, that the sentence shows to be a person: the subject of an
// act only people do ("Oyelaran mistyped", "the table Helmut had edited",
// "It was Lukáš who edited") or its agent after "by" ("approved by
// Dale"). Products, hosts and places share the capital but not the acts:
// "Kafka dropped", "Quorvex crashed".
func (s *langScan) humanByAct(k int) bool {
	t := &s.toks[k]
	if t.poss || !langNameShape(s.text[t.start:t.end]) || s.pluralNoun(k) {
		return false
	}
	if s.word(k-1) == "by" && s.in(k-2, s.c.g.humanAct) {
		return true
	}
	return s.in(s.surnameEnd(k), s.c.g.humanAct)
}

// surnameEnd returns the token after a name at token k and a family name
// no list holds after it ("Marisol Oyelaran"), and after "who" ("It was
// Lukáš who edited"), "had", "never" or an adverb.
func (s *langScan) surnameEnd(k int) int {
	v := k + 1
	if v < len(s.toks) && s.toks[v].kind == langWord && s.toks[v].capital && s.toks[v].id == 0 && !s.toks[v].sentStart {
		v++
	}
	if s.word(v) == "who" {
		v++
	}
	for n := 0; n < 2 && (s.in(v, s.c.g.aux) || s.in(v, s.c.g.adverbs)); n++ {
		v++
	}
	return v
}

// pluralOwner reports a possessive that opens a sentence at token k and
// is a plural written with a bare apostrophe, "Renters' refunds",
// "Families' payslips": a group's, not a name's, as "Chris'" or
// "Tomás'" are (a name in -us, -is, -as, or -s after a vowel).
func (s *langScan) pluralOwner(k int) bool {
	t := &s.toks[k]
	if !t.sentStart || s.text[t.end-1] == 's' || !s.pluralNoun(k) {
		return false // "X's", not "X'"
	}
	w := s.word(k)
	n := len(w)
	return n >= 5 && (strings.IndexByte("aeiou", w[n-2]) < 0 || strings.HasSuffix(w, "ies") || strings.HasSuffix(w, "ees"))
}

// unknownName reads a capitalised word that no list knows as a name, for
// checks that hold only of people ("Quillon forgot to …").
func (s *langScan) unknownName(k int) (int, bool) {
	t := &s.toks[k]
	if t.kind != langWord || !t.capital || t.id != 0 || t.poss {
		return 0, false
	}
	return s.surname(k), true
}

// pluralNoun reports an unknown capitalised word that reads as a plural
// noun ("Publishers", "Gateways", "Caches") rather than a given name in
// -us, -is or a consonant and -ys ("Demetrius", "Idris", "Rhys").
func (s *langScan) pluralNoun(k int) bool {
	w := s.word(k)
	if !strings.HasSuffix(w, "s") {
		return false
	}
	n := len(w)
	switch {
	case n < 4:
		return true
	case w[n-2] == 'u' || w[n-2] == 'i':
		return false
	case w[n-2] == 'y':
		return strings.IndexByte("aeiou", w[n-3]) >= 0
	}
	return true
}

// givenName reports whether the unknown capitalised words i..end-1 read
// as a given name rather than a system's: at most two words, each shaped
// like a name (langNameShape), and the verb at v an act people do to
// systems by hand (@person-act) or "ordered", as supplies are ordered.
// Products whose names look like names are
// in @system-name, so they are known words and never reach here.
func (s *langScan) givenName(cs *langCauseSets, i, end, v int) bool {
	if end-i > 2 || !s.in(v, cs.personAct) && !s.keptAt(v) && s.word(v) != "ordered" {
		return false // "ordered" is no act on a system (@person-act): "ordered the crates from the dairy instead of the wholesaler" names no wrong target
	}
	for k := i; k < end; k++ {
		if t := &s.toks[k]; !langNameShape(s.text[t.start:t.end]) || k > i && s.lowerEcho(k) {
			return false
		}
	}
	return true
}

// lowerEcho reports a capitalised word that the text also uses in lower
// case, as a common word: "Tallyho Payroll runs payroll for 4,000
// businesses" names a company by its trade, not a person by a surname.
func (s *langScan) lowerEcho(k int) bool {
	w := s.lx.low(&s.toks[k])
	for j := range s.toks {
		if t := &s.toks[j]; j != k && !t.capital && t.kind == langWord && s.lx.low(t) == w {
			return true
		}
	}
	return false
}

// noteName reports a word no list holds, shaped like a given name in
// lower case, that opens a chat note with a time and a verb in -s:
// "ingrid pushes danger-level config 06:10", "14:20 tomasz reruns the
// allocation job". The time makes the line a note and its first word the
// one who acts.
func (s *langScan) noteName(k int) bool {
	t := &s.toks[k]
	if t.id != 0 || t.capital || langIsDigit(s.text[t.start]) {
		return false // not the "14" of a note's "14:02"
	}
	opens, clock := k == 0 || t.sentStart, s.clockBefore(k)
	if !opens && !clock {
		return false
	}
	n := s.noteAct(k + 1) // "06:50 nahuel → runs …", "levan 11:40: pushed …"
	if (clock || n > k+1) && s.noteDone(n) {
		return langNamePart(s.word(k), false, 3) && langNoNounSuffix(s.word(k)) // "14:02 kip reran the grading job"
	}
	if !s.verbInS(n) || s.in(n+1, s.c.g.modifierEnd) {
		return false
	}
	if w := s.word(k); !langNamePart(w, false, 3) || !langNoNounSuffix(w) {
		return false
	}
	return !opens || n > k+1 || s.clockWithin(k+2, 8)
}

// noteDone reports a verb in the past at token k with an object after it,
// as a note tells what its writer did: "reran the grading job", "turned
// off surge pay", "deployed booking-api 4.2"; not "restarted." nor
// "crashed at 14:03".
func (s *langScan) noteDone(k int) bool {
	if k+1 >= len(s.toks) || !s.isPast(k) || s.in(k, s.c.g.participle) && !s.in(k, s.c.g.past) {
		return false
	}
	n := &s.toks[k+1]
	return n.kind == langWord && (!s.in(k+1, s.c.g.npEnd) || s.in(k+1, s.c.g.particle))
}

// clockBefore reports a clock time right before token k ("14:20
// tomasz"), reading bytes: noteName asks it of every unknown word.
func (s *langScan) clockBefore(k int) bool {
	if k >= 4 && s.toks[k-1].kind == langPunct && s.toks[k-1].end-s.toks[k-1].start <= 3 {
		switch s.word(k - 1) {
		case "–", "—", "-", "]", ")":
			k-- // "22:10 – vikram flips", "[07:41] jj moved"
		}
	}
	if k < 3 {
		return false
	}
	c := &s.toks[k-2]
	return c.kind == langPunct && s.text[c.start] == ':' && langIsDigit(s.text[s.toks[k-1].start]) && langIsDigit(s.text[s.toks[k-3].start])
}

// clockWithin reports a clock time ("06:10") among the n tokens from k,
// in the same sentence.
func (s *langScan) clockWithin(k, n int) bool {
	for j := k; j < k+n && j < len(s.toks) && !s.toks[j].stop; j++ {
		if s.clockAt(j) {
			return true
		}
	}
	return false
}

// knownNote reports a word no list holds that the document knows as a
// name, in lower case, opening a note after its time: "10:02 zorvan drops
// the index". The callers ask it only of such words, with people known.
func (s *langScan) knownNote(k int) bool {
	if k == 0 || !langIsDigit(s.text[s.toks[k-1].start]) {
		return false
	}
	return s.known(&s.toks[k])
}

// presentAct reports a verb in the present tense of the notes of a
// timeline whose past is an act that changes state: "approves",
// "flips", "restarts".
func (s *langScan) presentAct(cs *langCauseSets, k int) bool {
	w := s.word(k)
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || s.toks[k].capital {
		return false
	}
	return cs.act.has(s.c.voc.id(s.participleOf(langBaseForm(w))))
}

// keptAt reports a persistent act on an object at token v: "kept
// restarting the primary", not "kept crashing".
func (s *langScan) keptAt(v int) bool {
	return s.word(v) == "kept" && strings.HasSuffix(s.word(v+1), "ing") && s.in(v+2, s.c.g.det)
}

// langNounSuffixes end English nouns and the names of software more often
// than given names: "Replication", "Scheduler", "Compactor", "Latency".
var langNounSuffixes = []string{"tion", "sion", "ment", "ness", "ity", "ing", "ism", "ance", "ence", "ure", "age", "ics", "ogy", "er", "or", "cy", "ful", "less", "ous", "ive", "able", "ible", "ware", "base", "bot", "ops", "hub", "lab", "net", "db"}

// langNameShape reports a word shaped like a given name: two to twelve
// letters, a capital and then lower case only (not "API", "GitHub",
// "S3", "node-1"), without a noun's or a product's suffix. Names joined
// by a hyphen have that shape in each part, the later parts in lower case
// too ("Anne-Marie", "Al-Farsi", "Ji-ho"), and after an apostrophe a
// capital of one or two letters leads one ("O'Brien", "D'Souza").
func langNameShape(w string) bool {
	if i := strings.IndexAny(w, "'’"); i > 0 {
		_, size := utf8.DecodeRuneInString(w[i:])
		rest := w[i+size:]
		return i <= 2 && unicode.IsUpper(rune(w[0])) && langNamePart(w[:i], true, 1) && langNamePart(rest, true, 2) && langNoNounSuffix(rest)
	}
	first, rest, joined := strings.Cut(w, "-")
	if !langNamePart(first, true, 2) || !langCompoundPart(first, joined) {
		return false
	}
	for joined {
		var part string
		part, rest, joined = strings.Cut(rest, "-")
		if part == "" || !langNamePart(part, unicode.IsUpper(rune(part[0])), 2) || !langCompoundPart(part, true) {
			return false
		}
	}
	return true
}

// langCompoundPart reports a part of a name without a noun's suffix, or,
// joined to another by a hyphen, a part of four letters at most, whose
// -ing is no gerund's: "Wing-yan", "Mei-ling", "Shu-ting".
func langCompoundPart(w string, joined bool) bool {
	return joined && utf8.RuneCountInString(w) <= 4 || langNoNounSuffix(w)
}

// langNamePart reports letters only, min to twelve of them, a capital
// first if capital and lower case after it.
func langNamePart(w string, capital bool, min int) bool {
	n := 0
	for i, r := range w {
		n++
		if !unicode.IsLetter(r) || (i == 0 && capital) != unicode.IsUpper(r) {
			return false
		}
	}
	return n >= min && n <= 12
}

// langNoNounSuffix reports a word without a noun's or a product's suffix.
func langNoNounSuffix(w string) bool {
	low := strings.ToLower(w)
	for _, suf := range langNounSuffixes {
		if strings.HasSuffix(low, suf) {
			return false
		}
	}
	return true
}

// known reports whether the document names the word as a person.
func (s *langScan) known(t *langToken) bool {
	if s.people.names == nil {
		return false
	}
	w := s.lx.low(t)
	if t.poss {
		w = strings.TrimSuffix(w, "'s") // "ravi's"; "chris'" is read as "chris"
	}
	return s.people.has(w)
}

// clauseStart reports whether a clause can start at token k: at the
// start, after punctuation, an opening word, a time or an adverb.
func (s *langScan) clauseStart(k int) bool {
	if k == 0 {
		return true
	}
	p := &s.toks[k-1]
	switch p.kind {
	case langPunct:
		return p.brk
	case langOpaque, langMention:
		return false
	}
	w := s.word(k - 1)
	return s.in(k-1, s.c.g.opener) || langIsDigit(w[0]) || strings.HasSuffix(w, "ly")
}

// personBefore reports a person earlier in the sentence of token k.
func (s *langScan) personBefore(k int) bool {
	for j := k - 1; j >= 0 && !s.toks[j].stop; j-- {
		if end, ok := s.personAt(j); ok && end <= k {
			return true
		}
	}
	return false
}
