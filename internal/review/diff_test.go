package review

import (
	"reflect"
	"sort"
	"testing"
)

func TestParsePatch(t *testing.T) {
	tests := []struct {
		name, patch string
		want        []int
	}{
		{"added file", "@@ -0,0 +1,3 @@\n+a\n+b\n+c", []int{1, 2, 3}},
		{"one line", "@@ -0,0 +1 @@\n+a", []int{1}},
		{"context and deletions", "@@ -10,4 +10,4 @@ ## Section\n ctx\n-old\n+new\n ctx2\n\\ No newline at end of file", []int{10, 11, 12}},
		{"two hunks", "@@ -1,2 +1,2 @@\n-a\n+A\n b\n@@ -20,1 +20,2 @@\n x\n+y", []int{1, 2, 20, 21}},
		{"no patch", "", nil},
		{"deleted file", "@@ -1,2 +0,0 @@\n-a\n-b", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []int
			for l := range parsePatch(tt.patch) {
				got = append(got, l)
			}
			sort.Ints(got)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestCovers(t *testing.T) {
	d := diffLines{3: true, 4: true, 6: true}
	for _, tt := range []struct {
		first, last int
		want        bool
	}{{3, 4, true}, {3, 3, true}, {4, 6, false}, {6, 6, true}, {5, 5, false}} {
		if got := d.covers(tt.first, tt.last); got != tt.want {
			t.Errorf("covers(%d, %d): got %v, want %v", tt.first, tt.last, got, tt.want)
		}
	}
}
