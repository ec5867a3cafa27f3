package postmortem

import "testing"

// Post-mortems in Greek, Ukrainian, Indonesian, Russian, Romanian,
// Hungarian, Vietnamese, Slovak, Estonian, Croatian, Thai and Arabic
// name their lead, their review, their severity and their sections in
// their own words (a Thai label of twenty letters is longer than sixty
// bytes).
func TestMoreLanguagesLabels(t *testing.T) {
	for _, tc := range []struct{ name, src string }{
		{"Greek", "# Διακοπή πληρωμών\n\n**Υπεύθυνος συμβάντος:** Κώστας Ιωάννου\n**Ανασκόπηση:** 4/12/2026\n**Σοβαρότητα:** 2\n\n" +
			"## Περίληψη\n\nΟι πληρωμές απέτυχαν.\n\n## Τι έγινε\n\nΗ πύλη έστελνε λάθος διεύθυνση.\n\n" +
			"## Ενέργειες που έγιναν ήδη\n\n- Αλλαγή της διεύθυνσης\n\n## Διορθωτικές ενέργειες\n\n- [ ] Έλεγχος της διεύθυνσης σε κάθε έκδοση\n"},
		{"Ukrainian", "# Збій оплати\n\n**Відповідальний:** Петро Бондар\n**Дата огляду:** 04.12.2026\n**Серйозність:** 2\n\n" +
			"## Резюме\n\nОплата не проходила.\n\n## Що трапилося\n\nШлюз надсилав стару адресу.\n\n" +
			"## Вжиті заходи\n\n- Змінено адресу\n\n## Коригувальні дії\n\n- [ ] Перевіряти адресу під час кожного випуску\n"},
		{"Indonesian", "# Gangguan pembayaran\n\n**Penanggung jawab:** Sari Wulandari\n**Tanggal tinjauan:** 4/12/2026\n**Tingkat keparahan:** 2\n\n" +
			"## Ikhtisar\n\nPembayaran gagal.\n\n## Apa yang terjadi\n\nGerbang mengirim alamat lama.\n\n" +
			"## Tindakan yang sudah dilakukan\n\n- Alamat diganti\n\n## Tindakan korektif\n\n- [ ] Periksa alamat di setiap rilis\n"},
		{"Russian", "# Сбой оплаты\n\n**Ответственный:** Пётр Соколов\n**Дата разбора:** 04.12.2026\n**Серьёзность:** 2\n\n" +
			"## Кратко\n\nОплата не проходила.\n\n## Что произошло\n\nШлюз отправлял старый адрес.\n\n" +
			"## Принятые меры\n\n- Адрес заменён\n\n## Корректирующие действия\n\n- [ ] Проверять адрес при каждом выпуске\n"},
		{"Romanian", "# Plăți eșuate\n\n**Responsabil incident:** Ioana Marin\n**Data analizei:** 04.12.2026\n**Severitate:** 2\n\n" +
			"## Rezumat\n\nPlățile au eșuat.\n\n## Ce s-a întâmplat\n\nPoarta trimitea adresa veche.\n\n" +
			"## Măsuri luate\n\n- Adresa a fost schimbată\n\n## Acțiuni corective\n\n- [ ] Verificarea adresei la fiecare lansare\n"},
		{"Hungarian", "# Fizetési hiba\n\n**Incidensfelelős:** Kovács Anna\n**Értékelés dátuma:** 2026.12.04.\n**Súlyosság:** 2\n\n" +
			"## Összefoglaló\n\nA fizetések nem mentek át.\n\n## Mi történt\n\nAz átjáró a régi címet küldte.\n\n" +
			"## Megtett intézkedések\n\n- A cím cseréje\n\n## Javító intézkedések\n\n- [ ] A cím ellenőrzése minden kiadásnál\n"},
		{"Vietnamese", "# Lỗi thanh toán\n\n**Người phụ trách:** Nguyễn Minh Anh\n**Ngày rà soát:** 04/12/2026\n**Mức độ nghiêm trọng:** 2\n\n" +
			"## Tóm tắt\n\nThanh toán thất bại.\n\n## Điều gì đã xảy ra\n\nCổng gửi địa chỉ cũ.\n\n" +
			"## Những việc đã làm\n\n- Đã đổi địa chỉ\n\n## Hành động khắc phục\n\n- [ ] Kiểm tra địa chỉ mỗi lần phát hành\n"},
		{"Slovak", "# Výpadok platieb\n\n**Zodpovedná osoba:** Zuzana Kováčiková\n**Dátum rozboru:** 20. 11. 2026\n**Závažnosť:** stredná (S3)\n\n" +
			"## Stručne\n\nPlatby nefungovali.\n\n## Čo sa stalo\n\nBrána posielala starú adresu.\n\n" +
			"## Čo sme urobili počas výpadku\n\n- Zmenili sme adresu\n\n## Ďalšie kroky\n\n- [ ] Kontrolovať adresu pri každom vydaní\n"},
		{"Estonian", "# Maksete tõrge\n\n**Vastutaja:** Kadri Tamm\n**Arutelu toimus:** 3.12.2026\n**Tõsidus:** kõrge (S2)\n\n" +
			"## Lühidalt\n\nMaksed ebaõnnestusid.\n\n## Mis juhtus\n\nVärav saatis vana aadressi.\n\n" +
			"## Mida me tegime\n\n- Aadress vahetati\n\n## Järeltegevused\n\n- [ ] Kontrollida aadressi igas väljalaskes\n"},
		{"Croatian", "# Prekid plaćanja\n\n**Odgovorna osoba za incident:** Ivana Perić\n**Datum analize:** 2. 12. 2026.\n**Težina:** S2\n\n" +
			"## Ukratko\n\nPlaćanja nisu prolazila.\n\n## Što se dogodilo\n\nPristupnik je slao staru adresu.\n\n" +
			"## Što smo poduzeli\n\n- Promijenili smo adresu\n\n## Daljnji koraci\n\n- [ ] Provjeravati adresu pri svakom izdanju\n"},
		{"Thai", "# การชำระเงินล้มเหลว\n\n**ผู้ประสานงานเหตุการณ์:** คุณศิริพร วงศ์ใหญ่\n**วันที่ประชุมทบทวน:** 9/12/2026\n**ระดับความรุนแรง:** SEV-2\n\n" +
			"## สรุปสั้น ๆ\n\nการชำระเงินล้มเหลว\n\n## เกิดอะไรขึ้น\n\nเกตเวย์ส่งที่อยู่เก่า\n\n" +
			"## สิ่งที่ทำไปแล้วระหว่างเหตุการณ์\n\n- เปลี่ยนที่อยู่แล้ว\n\n## งานติดตามผล\n\n- [ ] ตรวจสอบที่อยู่ทุกครั้งที่ออกรุ่นใหม่\n"},
		{"Arabic", "# توقف الدفع\n\n**المسؤول عن الحادثة:** هالة الخطيب\n**تاريخ المراجعة:** 14/12/2026\n**درجة الخطورة:** SEV2\n\n" +
			"## الخلاصة\n\nتوقف الدفع.\n\n## ماذا حدث\n\nكانت البوابة ترسل العنوان القديم.\n\n" +
			"## ما قمنا به أثناء الحادثة\n\n- غيرنا العنوان\n\n## الإجراءات اللاحقة\n\n- [ ] التحقق من العنوان في كل إصدار\n"},
	} {
		doc := mustParse(t, []byte(tc.src))
		for _, key := range []string{FieldContact, FieldDate, FieldSeverity} {
			if f, ok := doc.Field(key); !ok || f.Value == "" {
				t.Errorf("%s: no %s field", tc.name, key)
			}
		}
		for _, key := range []string{"short_summary", "what_happened", SectionRecord, "remediation"} {
			if _, ok := doc.Section(key); !ok {
				t.Errorf("%s: no %s section", tc.name, key)
			}
		}
		if len(doc.Actions) != 1 {
			t.Errorf("%s: %d actions, want the one follow-up and not the record", tc.name, len(doc.Actions))
		}
	}
}
