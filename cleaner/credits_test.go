package cleaner

import "testing"

func TestReadsAsCredit(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Keith Bradsher contributed reporting from Hong Kong.", true},
		{"Fox News’ Jessica Napoli contributed to this report.", true},
		{"Associated Press writers Alan Fram, Zeke Miller, Laurie Kellman and Jill Colvin contributed to this report.", true},
		{"The Associated Press contributed to this report.", true},
		{"(Staff writer Ann Lee contributed to this story.)", true},
		{"Ravi Somaiya and Sandy Macaskill contributed reporting from London, and Amy Chozick from New York.", true},
		{"Reuters also contributed to this report.", true},
		{"He contributed to this report by sending photographs of the harbour.", false},
		{"He contributed to this report.", false},
		{"Many readers contributed to this report.", false},
		{"The harbour board contributed money to the new wall.", false},
		{"Ines Carvalho contributed reporting. The wall was finished in May, three years after the storm.", false},
		{"Contributed to this report.", false},
		{"The mayor said that Tomas Reyes contributed to this report.", false},
	}
	for _, tt := range tests {
		if got := readsAsCredit(tt.text); got != tt.want {
			t.Errorf("readsAsCredit(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
