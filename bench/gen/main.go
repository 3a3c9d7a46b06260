// Command gen writes synthetic support-ticket exports for benchmarks: the
// columns of rules/support-transcripts.yaml, with transcripts of 200 to 2000
// characters that quote the customer's own details. Output is deterministic
// for a given -seed.
//
//	go run ./bench/gen -format csv -mb 1024 > tickets.csv
package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
)

var (
	first   = []string{"María", "John", "Priya", "Jürgen", "Chloé", "Oliver", "Yuki", "Ana", "Sanne", "Liam", "Sofía", "Emily", "Wei", "Fatima", "Olu"}
	last    = []string{"Fernández", "O'Brien", "Raghunathan", "Müller", "Dubois", "Smith", "Tanaka", "Souza", "de Vries", "Nguyen", "Hernández", "Chen", "Zhang", "Khan", "Adeyemi"}
	domains = []string{"example.com", "mail.example.org", "correo.example.es", "posteo.example.de"}
	phrases = []string{
		"My router keeps dropping the connection every evening.",
		"I was charged twice for the same month, can you check?",
		"The app crashes when I open the settings page on version 4.2.1.",
		"Could you move my installation appointment to next week?",
		"Thanks, that fixed it. Have a good day!",
		"I already restarted it three times and nothing changed.",
		"Order #A-99812 was supposed to arrive on Monday.",
	}
)

type ticket struct {
	TicketID        string    `json:"ticket_id"`
	CreatedAt       string    `json:"created_at"`
	Channel         string    `json:"channel"`
	CustomerName    string    `json:"customer_name"`
	CustomerEmail   string    `json:"customer_email"`
	CustomerPhone   string    `json:"customer_phone"`
	CustomerAddress string    `json:"customer_address"`
	AccountNumber   string    `json:"account_number"`
	AgentName       string    `json:"agent_name"`
	AgentID         string    `json:"agent_id"`
	Product         string    `json:"product"`
	Rating          int       `json:"rating"`
	Transcript      string    `json:"transcript,omitempty"`
	Messages        []message `json:"messages,omitempty"`
}

type message struct {
	Role string `json:"role"`
	Text string `json:"text"`
	TS   string `json:"ts"`
}

func main() {
	format := flag.String("format", "csv", "csv or jsonl")
	mb := flag.Int("mb", 100, "approximate output size in MB")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	r := rand.New(rand.NewPCG(*seed, 7))
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	defer w.Flush()
	cw := csv.NewWriter(w)
	limit := int64(*mb) << 20
	var written int64
	if *format == "csv" {
		cw.Write([]string{"ticket_id", "created_at", "channel", "customer_name", "customer_email", "customer_phone", "customer_address", "account_number", "agent_name", "agent_id", "product", "rating", "transcript"})
	}
	for i := 0; written < limit; i++ {
		t := makeTicket(r, i)
		var n int
		switch *format {
		case "csv":
			row := []string{t.TicketID, t.CreatedAt, t.Channel, t.CustomerName, t.CustomerEmail, t.CustomerPhone, t.CustomerAddress, t.AccountNumber, t.AgentName, t.AgentID, t.Product, fmt.Sprint(t.Rating), t.Transcript}
			cw.Write(row)
			for _, c := range row {
				n += len(c) + 1
			}
		case "jsonl":
			t.Messages = toMessages(t)
			t.Transcript = ""
			b, _ := json.Marshal(t)
			w.Write(append(b, '\n'))
			n = len(b) + 1
		default:
			fmt.Fprintln(os.Stderr, "gen: -format must be csv or jsonl")
			os.Exit(2)
		}
		written += int64(n)
	}
	cw.Flush()
}

func makeTicket(r *rand.Rand, i int) ticket {
	fn, ln := first[r.IntN(len(first))], last[r.IntN(len(last))]
	email := strings.ToLower(strings.ReplaceAll(fn+"."+ln, " ", "")) + "@" + domains[r.IntN(len(domains))]
	phone := fmt.Sprintf("+1 (%03d) 555-%04d", 200+r.IntN(700), r.IntN(10000))
	acct := fmt.Sprintf("%08d", r.IntN(100000000))
	t := ticket{
		TicketID:        fmt.Sprintf("TCK-%d", 1000000+i),
		CreatedAt:       fmt.Sprintf("2026-%02d-%02dT%02d:%02d:%02d.%03dZ", 1+r.IntN(12), 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000)),
		Channel:         []string{"chat", "email", "phone"}[r.IntN(3)],
		CustomerName:    fn + " " + ln,
		CustomerEmail:   email,
		CustomerPhone:   phone,
		CustomerAddress: fmt.Sprintf("%d Market St Apt %d, San Francisco, CA 94%03d", 1+r.IntN(2000), 1+r.IntN(40), r.IntN(1000)),
		AccountNumber:   acct,
		AgentName:       first[r.IntN(len(first))] + " " + last[r.IntN(len(last))],
		AgentID:         fmt.Sprintf("A-%04d", r.IntN(5000)),
		Product:         []string{"Router X2", "Mesh Pro", "Fiber 1G", "Mobile Plan S"}[r.IntN(4)],
		Rating:          1 + r.IntN(5),
	}
	var b strings.Builder
	target := 200 + r.IntN(1800)
	fmt.Fprintf(&b, "Customer: Hi, this is %s. ", fn)
	for b.Len() < target {
		switch r.IntN(6) {
		case 0:
			fmt.Fprintf(&b, "Customer: You can reach me at %s or %s.\n", email, phone)
		case 1:
			fmt.Fprintf(&b, "Agent: Thanks %s, can you confirm account %s?\n", fn, acct)
		default:
			role := []string{"Customer", "Agent"}[r.IntN(2)]
			fmt.Fprintf(&b, "%s: %s\n", role, phrases[r.IntN(len(phrases))])
		}
	}
	t.Transcript = strings.TrimSuffix(b.String(), "\n")
	return t
}

func toMessages(t ticket) []message {
	var out []message
	for j, line := range strings.Split(t.Transcript, "\n") {
		role, text, ok := strings.Cut(line, ": ")
		if !ok {
			role, text = "Customer", line
		}
		out = append(out, message{Role: strings.ToLower(role), Text: text, TS: t.CreatedAt[:17] + fmt.Sprintf("%02d.000Z", j%60)})
	}
	return out
}
