package graph_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/rightsgraph/rightsgraph/neo4jstore/neo4jtest"
	"github.com/rightsgraph/rightsgraph/seed"
)

// question is something an analyst asks of the seed report, answered
// through the contract fields only: search, entity and relations. Each
// asks which entities stand at the other end of relations of one type in
// one direction from an entity, with a role when the text gives one.
type question struct {
	ask       string
	entity    string
	relType   string
	direction string
	want      []string // other ends that must be among the answers
	role      string   // role the first wanted answer must carry, if any
}

var questions = []question{
	{"Who leads For Human Rights, in what role?", "organisation/for-human-rights", "LEADS", "IN", []string{"person/lev-ponomarev"}, "head"},
	{"Who chairs the Moscow Helsinki Group?", "organisation/moscow-helsinki-group", "LEADS", "IN", []string{"person/liudmila-alekseeva"}, "chair"},
	{"Who heads the Memorial Human Rights Centre?", "organisation/memorial-human-rights-centre", "LEADS", "IN", []string{"person/aleksander-cherkasov"}, "head"},
	{"Who directs Public Verdict?", "organisation/public-verdict-foundation", "LEADS", "IN", []string{"person/natalya-taubina"}, "director"},
	{"Who chairs the Civic Assistance Committee?", "organisation/civic-assistance-committee", "LEADS", "IN", []string{"person/svetlana-gannushkina"}, "chair"},
	{"Who heads Citizen and the Army?", "organisation/citizen-and-the-army", "LEADS", "IN", []string{"person/sergei-krivenko"}, "head"},
	{"What does Sergei Kovalev lead?", "person/sergei-kovalev", "LEADS", "OUT", []string{"organisation/andrei-sakharov-foundation"}, "chair of the board"},
	{"Which organisation is Oleg Orlov of?", "person/oleg-orlov", "MEMBER_OF", "OUT", []string{"organisation/memorial-human-rights-centre"}, ""},
	{"Which organisation is Ella Kasayeva of?", "person/ella-kasayeva", "MEMBER_OF", "OUT", []string{"organisation/voice-of-beslan"}, ""},
	{"What did Natalya Taubina raise?", "person/natalya-taubina", "RAISED", "OUT", []string{"issue/torture-in-detention"}, ""},
	{"Which organisation raised torture?", "issue/torture-in-detention", "RAISED", "IN", []string{"organisation/public-verdict-foundation", "person/natalya-taubina"}, ""},
	{"Who raised the rights of refugees and migrants?", "issue/rights-of-refugees-and-migrants", "RAISED", "IN", []string{"person/svetlana-gannushkina", "organisation/civic-assistance-committee"}, ""},
	{"Who raised the problems of conscripts and soldiers?", "issue/conscripts-and-soldiers", "RAISED", "IN", []string{"person/sergei-krivenko", "organisation/citizen-and-the-army"}, ""},
	{"Who raised human rights in Chechnya?", "issue/human-rights-in-chechnya", "RAISED", "IN", []string{"person/oleg-orlov", "organisation/memorial-human-rights-centre"}, ""},
	{"What did the Memorial Human Rights Centre raise?", "organisation/memorial-human-rights-centre", "RAISED", "OUT", []string{"issue/human-rights-in-chechnya"}, ""},
	{"Who spoke about the courts?", "issue/independence-of-the-courts", "RAISED", "IN", []string{"person/vladimir-mironov"}, ""},
	{"Who raised the Beslan case?", "issue/beslan-case-at-the-echr", "RAISED", "IN", []string{"person/ella-kasayeva", "organisation/voice-of-beslan"}, ""},
	{"Who analysed the public oversight commissions?", "person/valery-borshchev", "RAISED", "OUT", []string{"issue/public-oversight-of-places-of-detention"}, ""},
	{"Who chaired the congress?", "congress/2017-moscow-human-rights-congress", "CHAIRED", "IN", []string{"person/lev-ponomarev"}, ""},
	{"Who convened the congress?", "congress/2017-moscow-human-rights-congress", "ORGANISED", "IN", []string{"organisation/human-rights-council-of-russia"}, ""},
	{"Where was the congress held?", "congress/2017-moscow-human-rights-congress", "HELD_IN", "OUT", []string{"place/moscow"}, ""},
	{"What did the congress pass?", "congress/2017-moscow-human-rights-congress", "PASSED", "OUT",
		[]string{"resolution/chechnya", "resolution/statement-on-hate-speech", "resolution/final-resolution"}, ""},
	{"Who spoke at the congress?", "congress/2017-moscow-human-rights-congress", "SPOKE_AT", "IN",
		[]string{"person/lev-ponomarev", "person/liudmila-alekseeva", "person/sergei-kovalev", "person/aleksander-cherkasov",
			"person/valery-borshchev", "person/natalya-taubina", "person/svetlana-gannushkina", "person/sergei-krivenko",
			"person/oleg-orlov", "person/vladimir-mironov", "person/ella-kasayeva"}, ""},
	{"Which congress came before it?", "congress/2017-moscow-human-rights-congress", "PRECEDED", "IN", []string{"congress/2001-human-rights-congress"}, ""},
	{"What does the Chechnya resolution address?", "resolution/chechnya", "ADDRESSES", "OUT", []string{"issue/human-rights-in-chechnya"}, ""},
	{"What does the hate speech statement address?", "resolution/statement-on-hate-speech", "ADDRESSES", "OUT", []string{"issue/hate-speech-on-state-television"}, ""},
	{"Which laws did the congress demand repealed?", "resolution/final-resolution", "ADDRESSES", "OUT",
		[]string{"law/foreign-agent-ngo-law", "law/foreign-agent-media-law", "law/undesirable-organisations-law"}, ""},
	{"What did the final resolution demand of Platon?", "resolution/final-resolution", "ADDRESSES", "OUT", []string{"issue/platon-system"}, ""},
	{"What did the congress demand of Centre E?", "resolution/final-resolution", "ADDRESSES", "OUT", []string{"organisation/centre-e"}, ""},
	{"Which resolution addresses journalists' murders?", "issue/kidnapping-and-murder-of-journalists", "ADDRESSES", "IN", []string{"resolution/final-resolution"}, ""},
	{"What is Centre E part of?", "organisation/centre-e", "PART_OF", "OUT", []string{"organisation/ministry-of-internal-affairs"}, ""},
	{"Who investigated Magnitsky's murder?", "issue/murder-of-sergei-magnitsky", "INVESTIGATED", "IN", []string{"organisation/moscow-public-oversight-commission"}, ""},
	{"Who published the report?", "report/2017-11-moscow-human-rights-congress", "PUBLISHED", "IN", []string{"organisation/rights-in-russia"}, ""},
	{"Who translated the report?", "report/2017-11-moscow-human-rights-congress", "TRANSLATED", "IN", []string{"person/helen-corbett", "person/mary-mcauley"}, ""},
}

// lookups are names as users type them, and the node each must find first.
var lookups = []struct{ query, want string }{
	{"Len Ponomarev", "person/lev-ponomarev"},
	{"Liudmila Mikhailovna Alekseeva", "person/liudmila-alekseeva"},
	{"Lyudmila Alexeyeva", "person/liudmila-alekseeva"},
	{"Sergei Adamovich Kovalev", "person/sergei-kovalev"},
	{"Alexander Cherkasov", "person/aleksander-cherkasov"},
	{"ONK", "organisation/public-oversight-commissions"},
	{"POC", "organisation/public-oversight-commissions"},
	{"Public Oversight Commissions", "organisation/public-oversight-commissions"},
	{"Taubina", "person/natalya-taubina"},
	{"Memorial Human Rights Center", "organisation/memorial-human-rights-centre"},
	{"Centre E", "organisation/centre-e"},
	{"Moscow Helsinki Group", "organisation/moscow-helsinki-group"},
}

// TestQuestions asks the question set of the seed report through GraphQL,
// of the embedded store and, when configured, of Neo4j: every answer must
// be right, with its evidence quoting the report.
func TestQuestions(t *testing.T) {
	t.Run("embedded", func(t *testing.T) { askAll(t, newClient(MustSeededStore(t))) })
	t.Run("neo4j", func(t *testing.T) {
		s := neo4jtest.MustOpen(t)
		if _, err := seed.LoadFS(context.Background(), s, seed.Bundled(), seed.Options{}); err != nil {
			t.Fatal(err)
		}
		askAll(t, newClient(s))
	})
}

func askAll(t *testing.T, c *client.Client) {
	right := 0
	for _, q := range questions {
		if err := ask(c, q); err != nil {
			t.Errorf("%s %v", q.ask, err)
		} else {
			right++
		}
	}
	for _, l := range lookups {
		var resp struct {
			Search []struct{ Entity struct{ ID string } }
		}
		err := c.Post(`query($q: String!) { search(query: $q, first: 1) { entity { id } } }`, &resp, client.Var("q", l.query))
		if err != nil || len(resp.Search) == 0 || resp.Search[0].Entity.ID != l.want {
			t.Errorf("search %q: %+v %v, want %s first", l.query, resp.Search, err, l.want)
		} else {
			right++
		}
	}
	total := len(questions) + len(lookups)
	t.Logf("%d of %d questions answered right (%.0f%%)", right, total, 100*float64(right)/float64(total))
}

func ask(c *client.Client, q question) error {
	var resp struct {
		Entity *struct {
			Relations []struct {
				Role     *string
				Other    struct{ ID string }
				Evidence []struct {
					Quote  string
					Start  int
					End    int
					Report struct{ Text string }
				}
			}
		}
	}
	err := c.Post(fmt.Sprintf(`query($id: ID!) { entity(id: $id) { relations(types: [%s], direction: %s) {
		role other { id } evidence { quote start end report { text } } } } }`, q.relType, q.direction),
		&resp, client.Var("id", q.entity))
	if err != nil {
		return err
	}
	if resp.Entity == nil {
		return fmt.Errorf("entity %s not found", q.entity)
	}
	var got []string
	for _, r := range resp.Entity.Relations {
		got = append(got, r.Other.ID)
		for _, ev := range r.Evidence {
			if string([]rune(ev.Report.Text)[ev.Start:ev.End]) != ev.Quote {
				return fmt.Errorf("evidence %q is not at [%d,%d) of its report", ev.Quote, ev.Start, ev.End)
			}
		}
		if r.Other.ID == q.want[0] && q.role != "" && (r.Role == nil || !strings.EqualFold(*r.Role, q.role)) {
			return fmt.Errorf("%s has role %v, want %q", r.Other.ID, roleOf(r.Role), q.role)
		}
	}
	for _, w := range q.want {
		if !slices.Contains(got, w) {
			return fmt.Errorf("answers %v lack %s", got, w)
		}
	}
	return nil
}

func roleOf(s *string) string {
	if s == nil {
		return "<none>"
	}
	return *s
}
