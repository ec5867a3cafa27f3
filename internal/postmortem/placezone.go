package postmortem

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Teams in one office write their zone as the city they are in: "21:35
// Taipei time", "All times are London time", "15:40 (Berlin)". A city
// is read as the zone of the database it lies in, so a time on a
// summer's day is read in summer time.

// placeZones are the zones of the database by the cities people name
// them after, lower-cased. A city that is also a common name of a person
// or a service ("Phoenix", "Austin") is left out.
var placeZones = map[string]string{
	"taipei": "Asia/Taipei", "tokyo": "Asia/Tokyo", "osaka": "Asia/Tokyo", "seoul": "Asia/Seoul",
	"beijing": "Asia/Shanghai", "shanghai": "Asia/Shanghai", "shenzhen": "Asia/Shanghai", "hong kong": "Asia/Hong_Kong",
	"singapore": "Asia/Singapore", "manila": "Asia/Manila", "bangkok": "Asia/Bangkok", "jakarta": "Asia/Jakarta",
	"kuala lumpur": "Asia/Kuala_Lumpur", "kolkata": "Asia/Kolkata", "mumbai": "Asia/Kolkata", "delhi": "Asia/Kolkata",
	"new delhi": "Asia/Kolkata", "bangalore": "Asia/Kolkata", "bengaluru": "Asia/Kolkata", "chennai": "Asia/Kolkata",
	"pune": "Asia/Kolkata", "karachi": "Asia/Karachi", "dhaka": "Asia/Dhaka", "kathmandu": "Asia/Kathmandu",
	"dubai": "Asia/Dubai", "riyadh": "Asia/Riyadh", "tel aviv": "Asia/Jerusalem", "jerusalem": "Asia/Jerusalem",
	"istanbul": "Europe/Istanbul", "tehran": "Asia/Tehran",
	"sydney": "Australia/Sydney", "canberra": "Australia/Sydney", "melbourne": "Australia/Melbourne",
	"hobart": "Australia/Hobart", "brisbane": "Australia/Brisbane", "adelaide": "Australia/Adelaide",
	"perth": "Australia/Perth", "auckland": "Pacific/Auckland", "wellington": "Pacific/Auckland",
	"london": "Europe/London", "edinburgh": "Europe/London", "manchester": "Europe/London", "dublin": "Europe/Dublin",
	"lisbon": "Europe/Lisbon", "madrid": "Europe/Madrid", "barcelona": "Europe/Madrid", "paris": "Europe/Paris",
	"amsterdam": "Europe/Amsterdam", "brussels": "Europe/Brussels", "luxembourg": "Europe/Luxembourg",
	"berlin": "Europe/Berlin", "munich": "Europe/Berlin", "frankfurt": "Europe/Berlin", "hamburg": "Europe/Berlin",
	"zurich": "Europe/Zurich", "geneva": "Europe/Zurich", "vienna": "Europe/Vienna", "rome": "Europe/Rome",
	"milan": "Europe/Rome", "stockholm": "Europe/Stockholm", "oslo": "Europe/Oslo", "copenhagen": "Europe/Copenhagen",
	"helsinki": "Europe/Helsinki", "warsaw": "Europe/Warsaw", "prague": "Europe/Prague", "budapest": "Europe/Budapest",
	"athens": "Europe/Athens", "bucharest": "Europe/Bucharest", "sofia": "Europe/Sofia", "kyiv": "Europe/Kyiv",
	"kiev": "Europe/Kyiv", "moscow": "Europe/Moscow", "reykjavik": "Atlantic/Reykjavik",
	"cairo": "Africa/Cairo", "johannesburg": "Africa/Johannesburg", "cape town": "Africa/Johannesburg",
	"nairobi": "Africa/Nairobi", "lagos": "Africa/Lagos", "casablanca": "Africa/Casablanca",
	"new york": "America/New_York", "boston": "America/New_York", "atlanta": "America/New_York", "miami": "America/New_York",
	"toronto": "America/Toronto", "montreal": "America/Toronto", "halifax": "America/Halifax",
	"chicago": "America/Chicago", "dallas": "America/Chicago", "houston": "America/Chicago", "denver": "America/Denver",
	"los angeles": "America/Los_Angeles", "san francisco": "America/Los_Angeles", "seattle": "America/Los_Angeles",
	"vancouver": "America/Vancouver", "anchorage": "America/Anchorage", "honolulu": "Pacific/Honolulu",
	"mexico city": "America/Mexico_City", "são paulo": "America/Sao_Paulo", "sao paulo": "America/Sao_Paulo",
	"buenos aires": "America/Argentina/Buenos_Aires", "bogotá": "America/Bogota", "bogota": "America/Bogota",
	"brasília": "America/Sao_Paulo", "brasilia": "America/Sao_Paulo", "santiago": "America/Santiago", "lima": "America/Lima",
	// More cities by region; a city that shares its name with another
	// zone's (Portland, San José, Córdoba, Birmingham, St. Petersburg) or
	// with a person's (Regina, Florence, Charlotte, Salvador) is left out.
	"st. john's": "America/St_Johns", "st johns": "America/St_Johns", "newfoundland": "America/St_Johns",
	"winnipeg": "America/Winnipeg", "calgary": "America/Edmonton", "edmonton": "America/Edmonton", "ottawa": "America/Toronto",
	"quebec": "America/Toronto", "québec": "America/Toronto", "minneapolis": "America/Chicago", "st. louis": "America/Chicago",
	"kansas city": "America/Chicago", "nashville": "America/Chicago", "new orleans": "America/Chicago", "milwaukee": "America/Chicago",
	"detroit": "America/Detroit", "philadelphia": "America/New_York", "pittsburgh": "America/New_York", "washington dc": "America/New_York",
	"washington, d.c.": "America/New_York", "baltimore": "America/New_York", "raleigh": "America/New_York", "san diego": "America/Los_Angeles",
	"sacramento": "America/Los_Angeles", "las vegas": "America/Los_Angeles", "salt lake city": "America/Denver", "albuquerque": "America/Denver",
	"guadalajara": "America/Mexico_City", "monterrey": "America/Monterrey", "rio de janeiro": "America/Sao_Paulo", "porto alegre": "America/Sao_Paulo",
	"belo horizonte": "America/Sao_Paulo", "curitiba": "America/Sao_Paulo", "recife": "America/Recife", "fortaleza": "America/Fortaleza",
	"montevideo": "America/Montevideo", "asunción": "America/Asuncion", "asuncion": "America/Asuncion", "la paz": "America/La_Paz",
	"quito": "America/Guayaquil", "guayaquil": "America/Guayaquil", "caracas": "America/Caracas", "san juan": "America/Puerto_Rico",
	"medellín": "America/Bogota", "medellin": "America/Bogota", "mendoza": "America/Argentina/Mendoza", "havana": "America/Havana",
	"accra": "Africa/Accra", "abuja": "Africa/Lagos", "addis ababa": "Africa/Addis_Ababa", "kampala": "Africa/Kampala",
	"dar es salaam": "Africa/Dar_es_Salaam", "kigali": "Africa/Kigali", "lusaka": "Africa/Lusaka", "harare": "Africa/Harare",
	"durban": "Africa/Johannesburg", "pretoria": "Africa/Johannesburg", "tunis": "Africa/Tunis", "algiers": "Africa/Algiers",
	"dakar": "Africa/Dakar", "abidjan": "Africa/Abidjan", "luanda": "Africa/Luanda", "kinshasa": "Africa/Kinshasa",
	"mombasa": "Africa/Nairobi", "rabat": "Africa/Casablanca", "marrakesh": "Africa/Casablanca",
	"doha": "Asia/Qatar", "abu dhabi": "Asia/Dubai", "kuwait": "Asia/Kuwait", "bahrain": "Asia/Bahrain", "muscat": "Asia/Muscat",
	"amman": "Asia/Amman", "beirut": "Asia/Beirut", "baghdad": "Asia/Baghdad", "jeddah": "Asia/Riyadh", "ankara": "Europe/Istanbul",
	"izmir": "Europe/Istanbul", "haifa": "Asia/Jerusalem", "baku": "Asia/Baku", "tbilisi": "Asia/Tbilisi", "yerevan": "Asia/Yerevan",
	"tashkent": "Asia/Tashkent", "almaty": "Asia/Almaty", "hanoi": "Asia/Ho_Chi_Minh", "ho chi minh city": "Asia/Ho_Chi_Minh",
	"saigon": "Asia/Ho_Chi_Minh", "phnom penh": "Asia/Phnom_Penh", "yangon": "Asia/Yangon", "colombo": "Asia/Colombo",
	"islamabad": "Asia/Karachi", "lahore": "Asia/Karachi", "hyderabad": "Asia/Kolkata", "ahmedabad": "Asia/Kolkata",
	"gurgaon": "Asia/Kolkata", "gurugram": "Asia/Kolkata", "noida": "Asia/Kolkata", "kochi": "Asia/Kolkata", "jaipur": "Asia/Kolkata",
	"cebu": "Asia/Manila", "surabaya": "Asia/Jakarta", "bandung": "Asia/Jakarta", "denpasar": "Asia/Makassar", "bali": "Asia/Makassar",
	"makassar": "Asia/Makassar", "penang": "Asia/Kuala_Lumpur", "taichung": "Asia/Taipei", "kaohsiung": "Asia/Taipei",
	"busan": "Asia/Seoul", "incheon": "Asia/Seoul", "fukuoka": "Asia/Tokyo", "nagoya": "Asia/Tokyo", "sapporo": "Asia/Tokyo",
	"kyoto": "Asia/Tokyo", "yokohama": "Asia/Tokyo", "guangzhou": "Asia/Shanghai", "chengdu": "Asia/Shanghai", "hangzhou": "Asia/Shanghai",
	"wuhan": "Asia/Shanghai", "nanjing": "Asia/Shanghai", "macau": "Asia/Macau", "macao": "Asia/Macau", "ulaanbaatar": "Asia/Ulaanbaatar",
	"porto": "Europe/Lisbon", "seville": "Europe/Madrid", "sevilla": "Europe/Madrid", "bilbao": "Europe/Madrid", "málaga": "Europe/Madrid",
	"malaga": "Europe/Madrid", "lyon": "Europe/Paris", "marseille": "Europe/Paris", "toulouse": "Europe/Paris", "bordeaux": "Europe/Paris",
	"lille": "Europe/Paris", "nantes": "Europe/Paris", "rotterdam": "Europe/Amsterdam", "utrecht": "Europe/Amsterdam",
	"eindhoven": "Europe/Amsterdam", "the hague": "Europe/Amsterdam", "antwerp": "Europe/Brussels", "ghent": "Europe/Brussels",
	"cologne": "Europe/Berlin", "köln": "Europe/Berlin", "stuttgart": "Europe/Berlin", "düsseldorf": "Europe/Berlin",
	"dusseldorf": "Europe/Berlin", "leipzig": "Europe/Berlin", "dresden": "Europe/Berlin", "hanover": "Europe/Berlin",
	"nuremberg": "Europe/Berlin", "basel": "Europe/Zurich", "bern": "Europe/Zurich", "lausanne": "Europe/Zurich",
	"salzburg": "Europe/Vienna", "graz": "Europe/Vienna", "naples": "Europe/Rome", "turin": "Europe/Rome", "bologna": "Europe/Rome",
	"venice": "Europe/Rome", "genoa": "Europe/Rome", "gothenburg": "Europe/Stockholm", "malmö": "Europe/Stockholm", "malmo": "Europe/Stockholm",
	"bergen": "Europe/Oslo", "trondheim": "Europe/Oslo", "aarhus": "Europe/Copenhagen", "tampere": "Europe/Helsinki", "espoo": "Europe/Helsinki",
	"tallinn": "Europe/Tallinn", "riga": "Europe/Riga", "vilnius": "Europe/Vilnius", "kraków": "Europe/Warsaw", "krakow": "Europe/Warsaw",
	"wrocław": "Europe/Warsaw", "wroclaw": "Europe/Warsaw", "gdańsk": "Europe/Warsaw", "gdansk": "Europe/Warsaw", "poznań": "Europe/Warsaw",
	"poznan": "Europe/Warsaw", "brno": "Europe/Prague", "bratislava": "Europe/Bratislava", "ljubljana": "Europe/Ljubljana",
	"zagreb": "Europe/Zagreb", "belgrade": "Europe/Belgrade", "sarajevo": "Europe/Sarajevo", "skopje": "Europe/Skopje",
	"tirana": "Europe/Tirane", "thessaloniki": "Europe/Athens", "cluj": "Europe/Bucharest", "cluj-napoca": "Europe/Bucharest",
	"plovdiv": "Europe/Sofia", "varna": "Europe/Sofia", "lviv": "Europe/Kyiv", "kharkiv": "Europe/Kyiv", "odesa": "Europe/Kyiv",
	"odessa": "Europe/Kyiv", "minsk": "Europe/Minsk", "chisinau": "Europe/Chisinau", "glasgow": "Europe/London", "leeds": "Europe/London",
	"bristol": "Europe/London", "liverpool": "Europe/London", "cardiff": "Europe/London", "belfast": "Europe/London",
	"cork": "Europe/Dublin", "galway": "Europe/Dublin", "valletta": "Europe/Malta", "malta": "Europe/Malta", "nicosia": "Asia/Nicosia",
	"cyprus": "Asia/Nicosia", "gold coast": "Australia/Brisbane", "darwin": "Australia/Darwin", "christchurch": "Pacific/Auckland",
	"fiji": "Pacific/Fiji", "suva": "Pacific/Fiji",
	// Countries of one zone, their people's word and their own name for
	// it, as the time is said by them: "Finnish time", "Suomen aikaa",
	// "UK time", "Chile continental time" (its islands keep another).
	"uk": "Europe/London", "british": "Europe/London", "ireland": "Europe/Dublin", "irish": "Europe/Dublin",
	"france": "Europe/Paris", "french": "Europe/Paris", "germany": "Europe/Berlin", "german": "Europe/Berlin",
	"deutsche": "Europe/Berlin", "netherlands": "Europe/Amsterdam", "dutch": "Europe/Amsterdam",
	"italy": "Europe/Rome", "italian": "Europe/Rome", "sweden": "Europe/Stockholm", "swedish": "Europe/Stockholm",
	"svensk": "Europe/Stockholm", "norway": "Europe/Oslo", "norwegian": "Europe/Oslo", "norsk": "Europe/Oslo",
	"denmark": "Europe/Copenhagen", "danish": "Europe/Copenhagen", "dansk": "Europe/Copenhagen",
	"finland": "Europe/Helsinki", "finnish": "Europe/Helsinki", "suomen": "Europe/Helsinki", "suomi": "Europe/Helsinki",
	"poland": "Europe/Warsaw", "greece": "Europe/Athens", "greek": "Europe/Athens", "israel": "Asia/Jerusalem",
	"israeli": "Asia/Jerusalem", "kenya": "Africa/Nairobi", "kenyan": "Africa/Nairobi", "nigeria": "Africa/Lagos",
	"egypt": "Africa/Cairo", "south africa": "Africa/Johannesburg", "india": "Asia/Kolkata", "indian": "Asia/Kolkata",
	"japan": "Asia/Tokyo", "japanese": "Asia/Tokyo", "korea": "Asia/Seoul", "korean": "Asia/Seoul",
	"thailand": "Asia/Bangkok", "vietnam": "Asia/Ho_Chi_Minh", "philippines": "Asia/Manila", "new zealand": "Pacific/Auckland",
	"chile": "America/Santiago", "chile continental": "America/Santiago", "chilean": "America/Santiago",
	"argentina": "America/Argentina/Buenos_Aires", "colombia": "America/Bogota", "peru": "America/Lima",
}

// zoneLeads and zoneTails are the words a language writes around a
// place to say its time ("horário de Brasília", "hora de Chile", "heure
// de Paris", "Suomen aikaa", "svensk tid"), and the season a zone is
// said in ("Chile continental summer time").
var (
	zoneLeads = []string{"horário de ", "horario de ", "hora de ", "hora del ", "heure de ", "ora di "}
	zoneTails = []string{" time", " aikaa", " aika", " tid", " zeit", " summer", " standard", " daylight", " winter"}
)

// placeZone returns the zone of the database a place names, written
// alone or in the words that say its time ("Sydney", "Sydney time", "New
// York Time", "Finnish time", "horário de Brasília", "Chile continental
// summer time"), the place capitalised; "" for any other text.
func placeZone(s string) string {
	place, _ := spokenPlace(s)
	if len(place) < 2 || len(place) > len("chile continental") || !startsCapital(place) {
		return ""
	}
	return lookupLower(placeZones, place)
}

// spokenPlace returns a place without the words that say its time, and
// whether there were any: "Sydney time" is "Sydney", said.
func spokenPlace(s string) (place string, said bool) {
	s = strings.TrimSpace(s)
	for again := true; again; {
		again = false
		for _, w := range zoneLeads {
			if len(s) > len(w) && strings.EqualFold(s[:len(w)], w) {
				s, again = s[len(w):], true
			}
		}
		for _, w := range zoneTails {
			if n := len(s) - len(w); n > 0 && strings.EqualFold(s[n:], w) {
				s, again = s[:n], true
			}
		}
		said = said || again
	}
	return s, said
}

// timeNoteZone returns the zone a note in parentheses at the end of a
// title says the times are in, naming a place or a zone of the United
// States before the word for time: "**Incident data** (Sydney time,
// AEDT)", "NOC log (Mountain time)"; or "". A note after a time or in
// a sentence ("paged at 02:10 (Sydney time) and …") is that time's.
func timeNoteZone(text string) string {
	for line := range strings.Lines(text) {
		line = strings.TrimRight(line, " \t\r\n*_")
		i := strings.LastIndexByte(line, '(')
		if i < 0 || !strings.HasSuffix(line, ")") || !titleBefore(line[:i]) {
			continue
		}
		if z := saidZone(line[i+1 : len(line)-1]); z != "" {
			return z
		}
	}
	return ""
}

// titleBefore reports the text before a note as a title's: a few words
// and no figure ("**Incident data**", "### NOC log").
func titleBefore(s string) bool {
	s = strings.Trim(s, " \t>#*_")
	return s != "" && !hasDigit(s) && strings.Count(s, " ") < 4
}

// saidZone returns the zone the first part of a note says by the word
// for time after it, or "".
func saidZone(note string) string {
	first, _, _ := strings.Cut(note, ",")
	place, said := spokenPlace(first)
	if !said {
		return ""
	}
	if z := placeZone(first); z != "" {
		return z
	}
	if m := usZone(place); m != nil && len(m[0]) == len(place) {
		return usZones[strings.ToLower(m[1][:1])]
	}
	return ""
}

// startsCapital reports a text that opens with a capital letter.
func startsCapital(s string) bool {
	if s[0] < utf8.RuneSelf {
		return s[0] >= 'A' && s[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// placeEnds reports a time that ends with a city's zone: "21:35 Taipei
// time", "15:40 (Berlin)".
func placeEnds(raw string) bool {
	s := strings.TrimRight(raw, " ")
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case ')':
		i := strings.LastIndexByte(s, '(')
		return i >= 0 && placeZone(s[i+1:len(s)-1]) != ""
	case 'e', 'E':
		n := len(s) - len(" time")
		if n <= 0 || !strings.EqualFold(s[n:], " time") {
			return false
		}
		return placeBefore(s, n) != ""
	}
	return false
}

// placeBefore returns the zone of the city in the one or two words that
// end at s[:n] ("… Taipei", "… New York"), or "".
func placeBefore(s string, n int) string {
	i := strings.LastIndexByte(s[:n], ' ')
	if z := placeZone(s[i+1 : n]); z != "" || i <= 0 {
		return z
	}
	j := strings.LastIndexByte(s[:i], ' ')
	return placeZone(s[j+1 : n])
}

// placeInNote returns the zone a note in parentheses names, by a place
// ("(Berlin)", "(Sydney time)") or in parts joined by commas the first
// of which names one ("(horário de Brasília, UTC-3)", "(EET, UTC+2)"),
// or "".
func placeInNote(s string) string { return noteZone(s, notePartsZone) }

// noteZone returns the first zone read finds in a note in parentheses
// of the text, or "".
func noteZone(text string, read func(note string) string) string {
	for i := strings.IndexByte(text, '('); i >= 0; {
		rest := text[i+1:]
		if j := strings.IndexByte(rest, ')'); j > 0 && j <= 48 {
			if z := read(rest[:j]); z != "" {
				return z
			}
		}
		k := strings.IndexByte(rest, '(')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return ""
}

// notePartsZone returns the zone the first part of a note names: a
// place, or an offset, an abbreviation or a zone of the database where
// another part follows ("CLST, UTC-3").
func notePartsZone(note string) string {
	first, rest, parts := strings.Cut(note, ",")
	if z := placeZone(first); z != "" {
		return z
	}
	if z := localZoneName(first); z != "" {
		return z // "(hora peninsular)", "(по московскому времени)"
	}
	if first = strings.TrimSpace(plainMarks(first)); !parts || len(first) > 12 {
		return ""
	}
	if strings.TrimSpace(rest) == "" {
		return ""
	}
	if _, ok, err := readZone(first); err == nil && ok {
		return first
	}
	return ""
}

// placeSaid returns the zone of a city a note about the document's
// times names ("All times are Taipei time", "Times below are Sydney
// time", "Timeline (Berlin)"), or "".
func placeSaid(text string) string {
	for i := strings.Index(text, "ime"); i > 0; {
		if t := i - 1; text[t]|0x20 == 't' {
			end := i + len("ime")
			if t > 0 && text[t-1] == ' ' && (end == len(text) || !isWordByte(text[end])) {
				if z := placeBefore(text, t-1); z != "" {
					return z // "… Taipei time"
				}
			} else if z := placeAfterWord(text, t); z != "" {
				return z // "Timeline (Berlin)"
			}
		}
		k := strings.Index(text[i+1:], "ime")
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return ""
}

// placeAfterWord returns the zone of a city in parentheses right after
// the word that starts at i ("Times (Berlin)", "Timeline (Sydney time)"),
// or "".
func placeAfterWord(text string, i int) string {
	j := i
	for j < len(text) && isWordByte(text[j]) {
		j++
	}
	for j < len(text) && text[j] == ' ' {
		j++
	}
	if j == len(text) || text[j] != '(' {
		return ""
	}
	k := strings.IndexByte(text[j:], ')')
	if k < 0 {
		return ""
	}
	return placeZone(strings.TrimPrefix(text[j+1:j+k], "in "))
}

// placeAt returns the length of a city's zone after a space opening s
// ("␠Taipei time, first hang", "␠(Berlin) deploy"): one or two
// capitalised words and "time", or a city in parentheses; 0 for any
// other text.
func placeAt(s string) int {
	if len(s) < 5 || s[0] != ' ' {
		return 0
	}
	if s[1] == '(' {
		if j := strings.IndexByte(s, ')'); j > 0 && placeZone(s[2:j]) != "" {
			return j + 1
		}
		return 0
	}
	j := 1
	for range 2 {
		k := j + 1
		for k < len(s) && s[k] >= 'a' && s[k] <= 'z' {
			k++
		}
		if s[j] < 'A' || s[j] > 'Z' || k-j < 2 {
			return 0 // not a capitalised word: "UTC", "deploy"
		}
		if timeWordAt(s[k:]) {
			if placeZone(s[1:k]) == "" {
				return 0
			}
			return k + len(" time")
		}
		if k+1 >= len(s) || s[k] != ' ' {
			return 0
		}
		j = k + 1
	}
	return 0
}

// timeWordAt reports whether the word "time" follows a space opening s.
func timeWordAt(s string) bool {
	return len(s) >= 5 && s[0] == ' ' && s[1]|0x20 == 't' && s[2:5] == "ime" && (len(s) == 5 || !isWordByte(s[5]))
}
