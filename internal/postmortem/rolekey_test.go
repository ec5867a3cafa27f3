package postmortem

import "testing"

// A name with a role that is not a contact's, or a value that is a list
// before its parentheses, gives no contact.
func TestRoleKey(t *testing.T) {
	for v, want := range map[string]string{
		"Noah Park (Incident Manager)":            FieldContact,
		"Noah Park (incident commander, on call)": FieldContact,
		"Noah Park (Finance)":                     "",
		"Ana, Noah Park (Incident Manager)":       "",
		"Noah Park":                               "",
	} {
		if got := roleKey(v); got != want {
			t.Errorf("roleKey(%q) = %q, want %q", v, got, want)
		}
	}
}
