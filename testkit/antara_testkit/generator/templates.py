"""Sentence templates per topic: leads, bodies, frames, quotations and headlines (all text written for this project)."""

from __future__ import annotations

# Slots: {P1}..{P4} people, {O1}..{O3} organisations, {CITY} {PROV} {KAB} {KEC} {DESA} {C1}..{C3}
# {CITY2} {UNIV} {STADIUM} {ATH} {ACAD} {LAWYER} {DOC} {ACC} places/people of the cast, {@KEY} a fixed
# entity; ":name" forces the later form, ":full" the first form without descriptor, ":acr" the later
# form.  Values: {n:a-b} {big} {pct} {dec:a-b} {rp} {rpbig} {time} {kurs} {mag} {score} {draw}
# {bscore} {idx} {year} {month} {quarter} {url} {Q} (a quotation) {pin} {pinc}.  [a|b] picks one.

_LEADS = {
    "ekonomi": [
        "{@BPS} mencatat pertumbuhan ekonomi {PROV} pada triwulan [I|II|III] {year} mencapai {pct} secara tahunan, kata {P1} di {CITY}{pinc}.",
        "{P1}{pin} menyatakan pemerintah menyiapkan anggaran {rpbig} untuk menjaga daya beli masyarakat hingga akhir tahun.",
        "Harga beras medium di sejumlah pasar tradisional di {CITY} naik menjadi {rp} per kilogram, menurut pantauan {@Kemendag}{pin}.",
        "{@BPS}{pin} menyebutkan inflasi tahunan {PROV} pada {month} {year} tercatat {pct}, lebih rendah dibandingkan bulan sebelumnya.",
        "{O2} menargetkan pendapatan perusahaan tumbuh {pct} tahun ini seiring membaiknya permintaan di dalam negeri, kata direktur utama perusahaan itu, {P4}, di {CITY}{pinc}.",
        "Nilai tukar rupiah terhadap dolar {@AS:acr} ditutup menguat {n:10-95} poin ke level {kurs} per dolar{pin}, seiring meredanya kekhawatiran pasar terhadap kenaikan suku bunga global.",
        "{O1} memastikan stok bahan pokok di {PROV} mencukupi kebutuhan masyarakat hingga tiga bulan ke depan, kata {P1} di {CITY}{pinc}.",
    ],
    "jacx": [
        "{O2}{pin} meluncurkan [layanan|produk|platform] [digital|baru|ramah lingkungan] untuk [memperluas jangkauan pasar|memenuhi kebutuhan pelanggan korporasi|mendukung pelaku usaha kecil] di {PROV}.",
        "{O2} menargetkan pendapatan perusahaan tumbuh {pct} tahun ini seiring membaiknya permintaan di dalam negeri, kata direktur utama perusahaan itu, {P4}, di {CITY}{pinc}.",
        "{O2}{pin} menjalin kerja sama strategis dengan {UNIV} dalam pengembangan [riset terapan|sumber daya manusia|teknologi pertanian].",
    ],
    "politik": [
        "{O1} memastikan tahapan pemilihan kepala daerah di {PROV} berjalan sesuai jadwal, kata {P1} di {CITY}{pinc}.",
        "{P1}{pin} meminta seluruh penyelenggara pemilu di daerah menjaga netralitas dan integritas selama tahapan pemilu berlangsung.",
        "{O1}{pin} menggelar rapat koordinasi dengan pemerintah daerah se-{PROV} untuk membahas kesiapan logistik pemilu.",
        "{@DPR}{pin} mengesahkan rancangan undang-undang tentang perlindungan data pribadi menjadi undang-undang dalam rapat paripurna.",
        "{@Bawaslu} menemukan {n:12-90} dugaan pelanggaran kampanye di {PROV} selama dua pekan terakhir, kata {P1} di {CITY}{pinc}.",
        "{@KPK}{pin} menahan seorang pejabat daerah di {PROV} yang diduga menerima suap terkait proyek pengadaan barang dan jasa.",
    ],
    "sepakbola": [
        "{O1} berhasil mengalahkan {O2} dengan skor {score} dalam laga lanjutan liga yang berlangsung di {STADIUM}, {CITY}{pinc}.",
        "{O1} harus puas bermain imbang {draw} saat menjamu {O2} di {STADIUM}, {CITY}{pinc}.",
        "{P3}{pin} meminta tim nasional sepak bola {@Indonesia} mempersiapkan diri sebaik mungkin menjelang laga uji coba internasional.",
    ],
    "bulutangkis": [
        "{ATH} melaju ke babak [perempat final|semifinal|16 besar|final] setelah [menundukkan|mengalahkan|menyingkirkan] wakil {C1} dalam [dua gim langsung|pertandingan tiga gim|laga yang berlangsung ketat]{pin}.",
        "{ATH} gagal melangkah ke babak [final|semifinal|perempat final] setelah kalah dari [unggulan kedua|unggulan pertama|pemain nonunggulan] asal {C1} dalam [pertandingan tiga gim|dua gim langsung|laga yang menguras tenaga]{pin}.",
    ],
    "bencana:banjir": [
        "Banjir merendam {n:120-950} rumah warga di {n:3-9} kecamatan di {KAB} setelah hujan deras mengguyur wilayah itu sejak malam sebelumnya, kata {P1} di {CITY}{pinc}.",
    ],
    "bencana:longsor": [
        "Tanah longsor menimbun {n:2-9} rumah warga di {DESA}, {KAB}{pin}, setelah hujan deras mengguyur kawasan perbukitan tersebut selama berjam-jam.",
    ],
    "bencana:gempa": [
        "Gempa bermagnitudo {mag} mengguncang wilayah {KAB} dan sekitarnya{pin}, menurut {@BMKG}.",
    ],
    "bencana:kebakaran": [
        "Kebakaran hutan dan lahan seluas {n:5-120} hektare terjadi di {KAB}{pin}, kata {P1} di {CITY}.",
    ],
    "bencana:angin": [
        "Angin puting beliung merusak {n:10-90} rumah warga di {KEC}, {KAB}{pin}, kata {P1}.",
    ],
    "daerah": [
        "{O1} menargetkan perbaikan jalan sepanjang {n:20-150} kilometer rampung sebelum akhir tahun, kata {P1} di {CITY}{pinc}.",
        "{P1}{pin} meresmikan jembatan penghubung antarkecamatan di {KAB} yang dibangun dengan anggaran {rpbig}.",
        "{O1}{pin} mencatat angka prevalensi tengkes di {PROV} turun menjadi {dec:14-28} persen pada tahun lalu.",
        "Sebanyak {big} warga {PROV} telah mendaftar program pelatihan kerja yang digelar {O1} sepanjang tahun ini, kata {P2} di {CITY}{pinc}.",
        "{O1}{pin} menyiapkan {n:20-80} unit bus tambahan untuk mengantisipasi lonjakan penumpang selama libur panjang.",
        "{@PLN}{pin} menyalurkan sambungan listrik gratis kepada {n:200-3000} rumah tangga kurang mampu di {PROV}.",
    ],
    "internasional": [
        "{P1} menyatakan negaranya siap [memperkuat|memperluas|meningkatkan] kerja sama [ekonomi dan keamanan|perdagangan dan investasi|pertahanan dan maritim|energi dan pangan] dengan {C2}{pin}, [menurut laporan media setempat|menurut keterangan resmi pemerintah|seperti dikutip kantor berita setempat].",
        "Pemerintah {C1}{pin} mengumumkan paket bantuan [kemanusiaan|darurat|pangan dan obat-obatan] senilai {n:5-90} juta dolar {@AS:acr} untuk [korban konflik di kawasan tersebut|para pengungsi di negara tetangga|korban bencana alam di kawasan itu].",
        "{O1}{pin} menyerukan [gencatan senjata segera|penghentian kekerasan|dimulainya kembali perundingan damai] serta [pembukaan akses bantuan kemanusiaan bagi warga sipil|perlindungan terhadap fasilitas kesehatan|pembebasan para sandera].",
        "{P1} dan {P2} bertemu di {CITY}{pin} untuk membahas [peningkatan perdagangan serta isu keamanan kawasan|kerja sama energi dan investasi|penanganan krisis pangan global|penguatan hubungan diplomatik kedua negara].",
        "Bank sentral {C1}{pin} memutuskan [menaikkan|menurunkan|mempertahankan] suku bunga acuan [sebesar 25 basis poin|untuk kedua kalinya tahun ini|di tengah ketidakpastian global] untuk [meredam inflasi yang terus meningkat|menjaga stabilitas mata uang|mendorong pertumbuhan ekonomi].",
    ],
    "en:ekonomi": [
        "{@BPS_en} recorded the economic growth of {PROV} at {pct} year on year in the {quarter} quarter of {year}, {P1} said in {CITY}{pin}.",
        "{P1} said{pin} that the government has allocated {rpbig} to maintain people's purchasing power until the end of the year.",
        "The price of medium-quality rice at several traditional markets in {CITY} has risen to {rp} per kilogram, according to a survey released by the {@Kemendag_en}{pin}.",
    ],
    "en:politik": [
        "The {@KPU_en} has ensured that the [regional election stages|logistics preparations|voter data updates] in {PROV} are [on schedule|running smoothly|nearly complete], {P1} said in {CITY}{pin}.",
        "{P1}{pin} asked all election organizers in the regions to [maintain their neutrality and integrity|stay alert to potential violations|improve coordination with local governments] throughout the [election process|campaign period|vote counting stage].",
    ],
    "en:bencana": [
        "Floods have inundated {n:120-950} houses in {n:3-9} subdistricts of {KAB} following heavy rain, {P1} said{pin}.",
        "A magnitude {mag} earthquake jolted {KAB} and its surroundings{pin}, according to the {@BMKG_en}.",
    ],
}

_BODY = {
    "ekonomi": [
        "Menurut {P1}, capaian tersebut ditopang oleh konsumsi rumah tangga yang tetap kuat serta investasi yang mulai pulih.",
        "Sektor pertanian, perdagangan, dan industri pengolahan masih menjadi penyumbang terbesar bagi perekonomian {PROV}.",
        "Pemerintah juga menyalurkan bantuan pangan berupa beras sebanyak 10 kilogram per bulan kepada {big} keluarga penerima manfaat.",
        "Data {@BPS} menunjukkan nilai ekspor nonmigas pada {month} {year} mencapai {dec:5-25} miliar dolar {@AS:acr}, naik {pct} dibandingkan periode yang sama tahun lalu.",
        "Harga cabai merah di tingkat pedagang tercatat {rp} per kilogram, sedangkan bawang merah dijual {rp} per kilogram.",
        "Ia memperkirakan laju inflasi hingga akhir tahun tetap terkendali dalam kisaran sasaran pemerintah.",
        "Sementara itu, {P2} menilai keputusan {@BI} menahan suku bunga acuan di level {dec:3-6} persen masih tepat untuk menjaga stabilitas nilai tukar.",
        "{P2} mengingatkan pemerintah agar mewaspadai perlambatan ekonomi global yang dapat menekan permintaan ekspor.",
        "Operasi pasar akan digelar di {n:5-30} titik di {CITY} mulai pukul {time} hingga stok yang disiapkan habis.",
        "Neraca perdagangan {@Indonesia} kembali mencatat surplus sebesar {dec:1-5} miliar dolar {@AS:acr} pada {month} {year}.",
        "Indeks Harga Saham Gabungan di {@BEI} ditutup menguat {n:5-60} poin ke posisi {idx} pada akhir sesi perdagangan.",
        "{@KAI} menambah {n:2-8} perjalanan kereta api jarak jauh untuk mengantisipasi lonjakan penumpang pada akhir pekan.",
        "Realisasi penerimaan pajak hingga akhir {month} {year} mencapai {rpbig} atau {pct} dari target tahun ini.",
        "Penyaluran kredit usaha rakyat di {PROV} sudah menjangkau lebih dari {big} pelaku usaha mikro dan kecil.",
        "Menurut dia, digitalisasi sistem pembayaran ikut mendorong transaksi di pasar tradisional dan pusat perbelanjaan.",
        "Harga minyak mentah dunia yang fluktuatif juga menjadi perhatian pemerintah dalam menyusun asumsi ekonomi makro tahun depan.",
        "{O2} mencatat laba bersih sebesar {rpbig} sepanjang semester pertama, tumbuh {pct} secara tahunan.",
        "Jumlah kunjungan wisatawan mancanegara ke {PROV} pada {month} {year} tercatat sebanyak {big} kunjungan.",
        "{@OJK} mencatat pertumbuhan kredit perbankan di {PROV} tetap positif dengan rasio kredit bermasalah yang terjaga.",
        "{@Pertamina} memastikan pasokan bahan bakar minyak dan elpiji di {PROV} dalam kondisi aman.",
        "Kenaikan harga pangan terutama dipicu oleh cuaca ekstrem yang mengganggu masa panen di sejumlah sentra produksi.",
        "Pelaku usaha berharap pemerintah mempermudah perizinan agar investasi baru dapat segera masuk ke daerah.",
        "Perusahaan itu mengalokasikan sebagian pendapatannya untuk kegiatan riset dan pengembangan (R&D) produk ramah lingkungan.",
        "{P1} menambahkan pemerintah akan memperluas program pasar murah ke {n:10-40} kabupaten dan kota.",
        "Kenaikan harga tersebut dipicu oleh berkurangnya pasokan dari daerah sentra produksi akibat cuaca buruk.",
        "Pemerintah daerah diminta aktif memantau pergerakan harga di pasar agar lonjakan harga dapat segera diantisipasi.",
        "{@Kemendag} menyiapkan operasi pasar di {n:10-50} lokasi untuk menstabilkan harga minyak goreng dan gula pasir.",
        "Menurut {P2}, kenaikan upah minimum perlu diimbangi dengan peningkatan produktivitas tenaga kerja.",
        "Cadangan devisa {@Indonesia} pada akhir {month} {year} tercatat sebesar {dec:120-150} miliar dolar {@AS:acr}, setara dengan pembiayaan impor selama enam bulan.",
        "Ia menyebutkan sektor pariwisata mulai menunjukkan pemulihan seiring meningkatnya kunjungan wisatawan domestik.",
        "Investasi yang masuk ke {PROV} sepanjang semester pertama mencapai {rpbig}, sebagian besar di sektor industri pengolahan.",
        "{P1} meminta perbankan menyalurkan kredit secara lebih merata, termasuk kepada petani dan nelayan.",
        "Pemerintah juga memberikan insentif pajak bagi usaha mikro, kecil, dan menengah yang terdampak perlambatan ekonomi.",
        "{O2} berencana membangun gudang berpendingin di {CITY} untuk menekan susut hasil panen para petani mitra.",
        "Nilai impor bahan baku dan barang modal yang meningkat menunjukkan aktivitas industri dalam negeri mulai bergairah.",
        "Para pedagang mengeluhkan sepinya pembeli meskipun harga sejumlah komoditas sudah mulai turun.",
        "{@BI} memproyeksikan pertumbuhan ekonomi nasional tahun ini berada pada kisaran {dec:4-4} hingga {dec:5-5} persen.",
        "Kinerja ekspor batu bara dan minyak sawit masih menjadi penopang utama surplus neraca perdagangan.",
        "Program digitalisasi usaha kecil telah menjangkau {big} pelaku usaha di {PROV} sejak awal tahun.",
        "Ia menegaskan pemerintah tidak akan menaikkan harga bahan bakar bersubsidi hingga akhir tahun.",
    ],
    "politik": [
        "Ia menegaskan seluruh tahapan akan diawasi secara ketat agar tidak terjadi pelanggaran di lapangan.",
        "Menurut {P1}, jumlah pemilih tetap di {PROV} mencapai {big} orang yang tersebar di ribuan tempat pemungutan suara.",
        "{O1} juga membuka posko pengaduan bagi masyarakat yang menemukan dugaan pelanggaran di lapangan.",
        "Sementara itu, {P2} menilai partisipasi pemilih muda akan sangat menentukan hasil pemilihan mendatang.",
        "{P2} berpendapat partai politik perlu memperbanyak pendidikan politik agar masyarakat tidak mudah termakan kabar bohong.",
        "Rapat tersebut juga dihadiri perwakilan {@Kemendagri}, {@TNI}, dan {@Polri} di daerah.",
        "{P3} menyatakan fraksinya mendukung penambahan anggaran untuk penyelenggara pemilu di daerah.",
        "Menurut dia, revisi aturan tersebut diperlukan untuk menyesuaikan dengan perkembangan teknologi informasi.",
        "Pemungutan suara ulang dijadwalkan berlangsung di {n:2-12} tempat pemungutan suara di {KEC}.",
        "Ia mengimbau masyarakat datang ke tempat pemungutan suara sejak pukul {time} agar tidak terjadi antrean panjang.",
        "Gugatan sengketa hasil pemilihan yang diajukan pasangan calon nomor urut {n:1-4} akan disidangkan di {@MK} pekan depan.",
        "Hasil rekapitulasi suara tingkat provinsi akan diumumkan secara terbuka dan dapat dipantau masyarakat melalui laman resmi penyelenggara pemilu.",
        "Aparatur sipil negara di lingkungan pemerintah daerah diminta tidak terlibat dalam politik praktis.",
        "Proses pemutakhiran data pemilih dilakukan dengan mendatangi rumah warga satu per satu.",
        "Pemerintah menyiapkan anggaran sebesar {rpbig} untuk mendukung penyelenggaraan pemilihan di {PROV}.",
        "Penyidik telah memeriksa {n:5-25} saksi, termasuk sejumlah pejabat dinas dan pihak swasta yang terlibat dalam proyek tersebut.",
        "{P3} meminta pemerintah pusat memperkuat pengawasan terhadap penggunaan dana hibah di daerah.",
        "Debat publik antarpasangan calon akan digelar sebanyak tiga kali dan disiarkan langsung oleh televisi nasional.",
        "Menurut {P2}, tingginya biaya politik menjadi salah satu penyebab maraknya praktik korupsi di daerah.",
        "Sebanyak {big} petugas keamanan akan dikerahkan untuk mengamankan jalannya pemungutan suara di {PROV}.",
        "{O1} juga akan melakukan sosialisasi tahapan pemilu kepada pemilih pemula di sekolah dan kampus.",
        "Menurut {P1}, distribusi logistik ke daerah terpencil akan dilakukan lebih awal untuk menghindari keterlambatan.",
        "Sebanyak {n:3-9} partai politik telah menyerahkan dokumen persyaratan pendaftaran calon anggota legislatif.",
        "{P3} menilai masa kampanye yang singkat perlu dimanfaatkan untuk adu gagasan, bukan saling menjatuhkan.",
        "Tersangka diduga menerima uang dengan total {rpbig} dari sejumlah rekanan proyek.",
        "{@KPK} juga menyita sejumlah dokumen dan barang bukti elektronik dari rumah tersangka.",
        "Rancangan peraturan tersebut akan dibahas bersama pemerintah dalam rapat kerja pekan depan.",
        "Pengawas pemilu di tingkat kecamatan akan dilatih mengenai tata cara penanganan pelanggaran.",
        "Menurut {P2}, penyelenggara pemilu harus menjamin keamanan data pribadi para pemilih.",
        "Ia memastikan surat suara yang rusak akan segera diganti sebelum hari pemungutan suara.",
        "{@Kemendagri} mengingatkan kepala daerah agar tidak menggunakan fasilitas negara untuk kepentingan kampanye.",
        "Tingkat partisipasi pemilih pada pemilihan sebelumnya tercatat {dec:65-85} persen dari total pemilih terdaftar.",
        "Pihak kepolisian menyatakan situasi keamanan menjelang pemungutan suara secara umum kondusif.",
        "Proses rekapitulasi berjenjang dari tingkat desa hingga kabupaten diperkirakan selesai dalam dua pekan.",
    ],
    "sepakbola": [
        "Gol kemenangan dicetak oleh {P2} pada menit ke-{n:50-89} melalui sundulan kepala.",
        "Dengan hasil ini, {O1} naik ke peringkat {n:2-9} klasemen sementara dengan koleksi {n:20-45} poin.",
        "Laga tersebut disaksikan sekitar {big} penonton yang memadati tribun sejak pukul {time} meski hujan turun.",
        "{O2} sebenarnya mampu menguasai jalannya pertandingan pada babak pertama, tetapi gagal memanfaatkan sejumlah peluang.",
        "Pada pertandingan berikutnya, {O1} akan menjamu {O3} di kandang sendiri pekan depan.",
        "{@PSSI} berencana menggelar pemusatan latihan tim nasional di {CITY} selama dua pekan.",
        "{P3} berharap prestasi tim nasional terus meningkat seiring pembinaan usia muda yang berjenjang.",
        "Pemerintah menyiapkan bonus bagi atlet peraih medali emas dengan nilai {rpbig} per atlet.",
        "{P1} mengaku puas dengan penampilan anak asuhnya yang tampil disiplin sepanjang pertandingan.",
        "Kartu merah yang diterima salah satu pemain {O2} pada menit ke-{n:30-60} membuat timnya kesulitan mengembangkan permainan.",
        "Panitia pelaksana menyiapkan {n:200-900} personel keamanan untuk memastikan pertandingan berjalan tertib.",
        "{P2} mengaku gol tersebut ia persembahkan untuk keluarganya yang hadir langsung di stadion.",
        "Manajemen klub berencana mendatangkan dua pemain baru pada bursa transfer paruh musim.",
        "Tuan rumah langsung menekan sejak menit awal dan membuka keunggulan melalui tendangan bebas.",
        "Kiper {O2} beberapa kali melakukan penyelamatan gemilang yang membuat skor tidak melebar.",
        "Suporter tuan rumah memberikan dukungan penuh dengan nyanyian sepanjang laga.",
        "{O1} kini belum terkalahkan dalam {n:4-9} pertandingan terakhir di semua kompetisi.",
        "Wasit memberikan tambahan waktu {n:3-7} menit pada babak kedua karena banyaknya pelanggaran.",
        "{P1} menyebut timnya masih perlu memperbaiki penyelesaian akhir di depan gawang lawan.",
        "Lini tengah {O1} tampil dominan dengan penguasaan bola mencapai {n:55-68} persen.",
        "Pertandingan sempat dihentikan beberapa menit karena hujan deras yang membuat lapangan tergenang.",
        "Pemain muda hasil akademi klub mendapat kesempatan tampil sejak menit awal.",
        "{@PSSI} memastikan regulasi pemain asing musim depan tidak banyak berubah.",
    ],
    "bulutangkis": [
        "{ATH} akan menghadapi unggulan kedua asal {C2} di babak selanjutnya.",
        "Ia mengaku sempat kesulitan menghadapi pola permainan lawan yang cepat pada gim pertama.",
        "Pertandingan tersebut berlangsung ketat dan ditutup dengan skor {bscore}.",
        "Pelatih kepala tunggal putra {@PBSI} menilai penampilan para pemain muda semakin matang dalam menghadapi tekanan.",
        "{@Indonesia} menurunkan {n:8-20} wakil pada turnamen tersebut, {n:2-5} di antaranya berhasil lolos ke babak delapan besar.",
        "{P3} berharap prestasi tim nasional terus meningkat seiring pembinaan usia muda yang berjenjang.",
        "Pemerintah menyiapkan bonus bagi atlet peraih medali emas dengan nilai {rpbig} per atlet.",
        "Turnamen tersebut menjadi ajang penting untuk mengumpulkan poin menuju peringkat dunia.",
        "Sejumlah pemain senior memilih mundur dari turnamen ini untuk memulihkan kondisi fisik.",
        "Pada gim kedua, {ATH} tampil lebih tenang dan mampu mengendalikan tempo permainan.",
        "Pasangan ganda putra {@Indonesia} juga memastikan langkah ke babak berikutnya setelah menang dua gim langsung.",
        "Pelatih menilai penampilan anak asuhnya mengalami peningkatan dibandingkan turnamen sebelumnya.",
        "Kemenangan ini menjadi modal berharga menjelang kejuaraan dunia pada akhir tahun nanti.",
        "Dukungan penonton yang memadati arena pertandingan membuat para pemain tuan rumah semakin bersemangat.",
        "{@PBSI} menargetkan setidaknya satu gelar dari turnamen tersebut.",
        "Ia mengakui lawan bermain lebih agresif di depan net sehingga ia harus banyak bertahan.",
        "Wakil {C1} sempat memimpin perolehan angka pada awal gim ketiga sebelum akhirnya tersusul.",
    ],
    "bencana": [
        "Hingga berita ini diturunkan, tercatat {n:20-400} jiwa mengungsi ke rumah kerabat dan balai desa terdekat.",
        "Tim gabungan dari {O1}, {@TNI}, {@Polri}, dan relawan masih melakukan pencarian terhadap {n:1-5} warga yang dilaporkan hilang.",
        "{@BMKG} memperkirakan hujan dengan intensitas sedang hingga lebat masih akan terjadi di sebagian wilayah {PROV} dalam tiga hari ke depan.",
        "{P1} mengimbau warga yang tinggal di daerah rawan bencana untuk meningkatkan kewaspadaan, terutama saat hujan turun pada malam hari.",
        "Pemerintah daerah telah menetapkan status tanggap darurat selama {n:7-14} hari untuk mempercepat penanganan.",
        "Bantuan logistik berupa makanan siap saji, selimut, dan air bersih telah didistribusikan ke lokasi pengungsian.",
        "Kerugian material akibat bencana tersebut ditaksir mencapai {rpbig}.",
        "Tidak ada korban jiwa dalam kejadian tersebut, namun {n:3-20} warga mengalami luka ringan dan telah dirawat di puskesmas terdekat.",
        "{@PMI} juga mendirikan dapur umum di lokasi pengungsian untuk memenuhi kebutuhan makan warga.",
        "{@BNPB} mengirimkan bantuan dana siap pakai sebesar {rpbig} untuk mendukung penanganan darurat di {KAB}.",
        "Petugas masih mendata kerusakan fasilitas umum, termasuk sekolah, jembatan, dan tempat ibadah.",
        "Warga diminta tidak kembali ke rumah sebelum petugas memastikan kondisi lingkungan benar-benar aman.",
        "Akses jalan menuju lokasi sempat terputus sehingga alat berat harus didatangkan dari kecamatan tetangga.",
        "{P2} mengatakan pihaknya telah mengirimkan personel tambahan untuk membantu penanganan di lapangan.",
        "Sebagian pengungsi mulai mengeluhkan gatal-gatal dan gangguan pernapasan sehingga petugas kesehatan disiagakan.",
        "{O1} juga menyiagakan perahu karet dan personel di titik-titik rawan.",
        "Data sementara menunjukkan {n:50-600} rumah rusak ringan dan {n:5-90} rumah rusak berat.",
        "Relawan dari berbagai organisasi kemasyarakatan turut membantu membersihkan sisa material di permukiman warga.",
        "Aliran listrik di sejumlah desa sempat padam dan baru pulih setelah petugas melakukan perbaikan jaringan.",
        "Pemerintah kabupaten menyiapkan lahan relokasi bagi warga yang tinggal di zona merah.",
        "{P1} menyebutkan curah hujan tinggi dalam sepekan terakhir membuat tanah di lereng perbukitan menjadi labil.",
        "Sekolah-sekolah di sekitar lokasi diliburkan sementara untuk menjamin keselamatan siswa.",
        "Kebutuhan mendesak para pengungsi saat ini meliputi air bersih, popok bayi, dan obat-obatan.",
        "Tim reaksi cepat {@BNPB} tiba di lokasi untuk membantu pemerintah daerah melakukan kaji cepat.",
    ],
    "bencana:banjir": [
        "Salah seorang warga, {P3}, mengatakan air mulai masuk ke rumahnya sekitar pukul {time} dan terus naik dengan cepat.",
        "Ketinggian air di permukiman warga bervariasi antara 50 sentimeter hingga satu meter.",
    ],
    "bencana:longsor": [
        "Petugas menggunakan alat berat untuk menyingkirkan material longsor yang menutup badan jalan.",
        "Salah seorang warga {DESA}, {P3}, mengatakan suara gemuruh terdengar tidak lama sebelum tanah runtuh.",
    ],
    "bencana:gempa": [
        "Pusat gempa berada di darat pada kedalaman {n:5-30} kilometer, sekitar {n:5-40} kilometer barat daya {KAB}.",
        "{@BMKG} mencatat {n:2-12} kali gempa susulan dengan magnitudo terbesar {mag} hingga pukul {time} tadi.",
        "Gempa tersebut tidak berpotensi tsunami, namun warga diimbau menjauhi bangunan yang mengalami retak.",
    ],
    "bencana:kebakaran": [
        "{@BNPB} mengerahkan {n:2-5} helikopter untuk melakukan pemadaman dari udara.",
        "Kabut asap mulai dirasakan warga di sejumlah kecamatan dan mengganggu aktivitas belajar di sekolah.",
    ],
    "bencana:angin": [
        "Sebagian besar kerusakan terjadi pada bagian atap rumah yang terbuat dari seng dan genteng.",
        "Salah seorang warga, {P3}, mengatakan angin kencang datang tiba-tiba disertai hujan deras.",
    ],
    "daerah": [
        "Menurut {P1}, pembangunan tersebut diprioritaskan pada ruas yang menjadi jalur distribusi hasil pertanian.",
        "Pekerjaan dilakukan secara bertahap agar tidak mengganggu arus lalu lintas kendaraan.",
        "{O1} juga mengalokasikan dana untuk pembangunan {n:3-20} unit puskesmas pembantu di daerah terpencil.",
        "{P2} mengatakan pihaknya menggencarkan pemberian makanan tambahan bagi balita dan ibu hamil di {n:10-60} desa prioritas.",
        "Program tersebut melibatkan kader posyandu, tenaga kesehatan, serta tokoh agama di tingkat desa.",
        "Ia meminta masyarakat ikut mengawasi pelaksanaan proyek dan melaporkan jika menemukan kejanggalan.",
        "Jumlah kunjungan wisatawan ke {PROV} sepanjang libur akhir tahun mencapai {big} orang, naik dibandingkan tahun sebelumnya.",
        "{@PLN} memastikan pasokan listrik di {PROV} aman dengan cadangan daya sebesar {n:100-600} megawatt.",
        "Pemerintah daerah menggratiskan biaya pendidikan bagi {big} siswa dari keluarga kurang mampu mulai tahun ajaran ini.",
        "Selain itu, {O1} bekerja sama dengan {UNIV} untuk menyusun kajian kelayakan kawasan industri baru.",
        "Proyek tersebut ditargetkan membuka lapangan kerja bagi sedikitnya {big} warga setempat.",
        "Pendaftaran program dapat dilakukan secara daring melalui laman {url} maupun di kantor kelurahan setempat.",
        "Warga {DESA} menyambut baik pembangunan tersebut karena selama ini harus menempuh jarak jauh untuk menjual hasil panen.",
        "Anggaran pembangunan berasal dari dana bagi hasil dan bantuan keuangan pemerintah provinsi.",
        "{P1} menegaskan tidak boleh ada pungutan liar dalam pelaksanaan program bantuan tersebut.",
        "Ia menyebutkan angka pengangguran terbuka di {PROV} turun menjadi {dec:3-7} persen pada tahun ini.",
        "{@Kemenkes} memberikan pendampingan teknis kepada pemerintah daerah dalam pelaksanaan program tersebut.",
        "Kepala desa setempat berharap bantuan serupa dapat menjangkau lebih banyak keluarga pada tahun depan.",
        "{O1} juga membuka layanan pengaduan bagi warga yang belum menerima bantuan.",
        "Pembangunan pasar rakyat tersebut diharapkan mampu menggerakkan ekonomi warga sekitar.",
        "Sebanyak {n:50-400} pelaku usaha lokal dilibatkan dalam festival budaya yang digelar selama tiga hari.",
        "{P2} menyebutkan cakupan imunisasi dasar lengkap di {PROV} telah mencapai {dec:80-97} persen.",
        "Pemerintah daerah menyiapkan beasiswa bagi {big} mahasiswa berprestasi dari keluarga kurang mampu.",
        "Kawasan wisata pantai di daerah itu kini dilengkapi dengan fasilitas umum yang lebih memadai.",
        "{P1} meminta camat dan kepala desa memastikan data penerima bantuan benar-benar tepat sasaran.",
        "Perbaikan saluran irigasi sepanjang {n:5-40} kilometer ditargetkan rampung sebelum musim tanam berikutnya.",
        "Warga berharap perbaikan jalan dapat mempersingkat waktu tempuh menuju pusat kota.",
        "Pemerintah daerah juga menggandeng pelaku usaha untuk menyerap lulusan pelatihan kerja.",
    ],
    "internasional": [
        "Kedua negara juga sepakat meningkatkan nilai perdagangan bilateral hingga {n:10-90} miliar dolar {@AS:acr} dalam lima tahun ke depan.",
        "{P2} mengatakan pembicaraan berlangsung konstruktif dan akan dilanjutkan di tingkat pejabat teknis.",
        "Langkah tersebut mendapat sorotan dari {C3} yang menilai kebijakan itu dapat memicu ketegangan baru di kawasan.",
        "{O1} mencatat lebih dari {big} orang terpaksa meninggalkan rumah mereka akibat konflik yang berkepanjangan.",
        "Sejumlah analis menilai pertemuan tersebut menjadi sinyal penting bagi stabilitas kawasan {@AsiaPasifik}.",
        "Pemerintah {C1} juga berencana membuka kantor perwakilan dagang di {C2} pada tahun depan.",
        "{O2} belum memberikan tanggapan resmi atas laporan tersebut.",
        "{P1} dijadwalkan menghadiri konferensi tingkat tinggi di {CITY2} bulan depan.",
        "{@Kemlu} memastikan tidak ada warga negara Indonesia yang menjadi korban dalam peristiwa tersebut.",
        "{@KBRI} di {CITY} terus memantau kondisi warga negara Indonesia di wilayah tersebut.",
        "Menurut data {@BankDunia}, perekonomian {C1} diperkirakan tumbuh {pct} tahun ini.",
        "Kesepakatan itu mencakup kerja sama di bidang energi bersih, pertanian, dan pengembangan teknologi digital.",
        "Ribuan warga turun ke jalan di pusat kota {CITY} untuk menyuarakan penolakan terhadap kebijakan tersebut.",
        "{@PBB} sebelumnya telah memperingatkan bahwa jutaan orang di wilayah itu menghadapi ancaman kelaparan.",
        "Para pemimpin {@ASEAN} dijadwalkan membahas isu tersebut dalam pertemuan di {@Jakarta}.",
        "Pertemuan tersebut merupakan yang pertama sejak kedua negara sepakat memulihkan hubungan diplomatik.",
        "{C2} menyambut baik tawaran tersebut dan berjanji akan mempelajarinya lebih lanjut.",
        "Pemerintah {C1} menyatakan bantuan akan disalurkan melalui lembaga kemanusiaan internasional.",
        "Aksi unjuk rasa tersebut berlangsung damai meski sempat diwarnai ketegangan dengan aparat keamanan.",
        "Menurut laporan media setempat, pemerintah juga menyiapkan langkah darurat untuk menstabilkan harga pangan.",
        "Inflasi di negara tersebut mencapai level tertinggi dalam {n:10-30} tahun terakhir.",
        "{O1} mendesak komunitas internasional meningkatkan pendanaan untuk operasi kemanusiaan di kawasan itu.",
        "Para menteri juga membahas kerja sama penanganan perubahan iklim dan keamanan maritim.",
        "Kedua pemimpin sepakat membentuk kelompok kerja bersama untuk menindaklanjuti hasil pertemuan.",
        "Sejumlah negara telah mengevakuasi warga negaranya dari wilayah konflik dalam beberapa hari terakhir.",
    ],
    "en:ekonomi": [
        "According to {P1}, the growth was driven by strong household consumption and a recovery in investment.",
        "The agriculture, trade, and manufacturing sectors remain the largest contributors to the economy of {PROV}.",
        "{P2} said the central bank's decision to hold its benchmark rate at {dec:3-6} percent was appropriate to maintain exchange rate stability.",
        "The government will also expand the cheap market program to {n:10-40} districts and cities.",
        "Operations to stabilize prices will be held at {n:5-30} locations across {CITY} starting at {time} until supplies run out.",
        "The {@OJK_en} noted that credit growth in {PROV} remained positive, with non-performing loans kept at a manageable level.",
        "The official said inflation is expected to remain under control within the government's target range until the end of the year.",
        "Rice prices in several regions have started to ease as the harvest season begins.",
        "Exports of coal and palm oil remained the main drivers of the trade surplus.",
        "The central bank projected national economic growth this year at between {dec:4-4} and {dec:5-5} percent.",
        "Investment in {PROV} during the first semester reached {rpbig}, mostly in the manufacturing sector.",
        "The minister asked banks to distribute credit more evenly, including to farmers and fishermen.",
        "Tax revenue realization until the end of {month} {year} reached {rpbig}.",
        "The rise in food prices was mainly triggered by extreme weather that disrupted harvests in several production centers.",
        "The government has also provided tax incentives for small businesses affected by the economic slowdown.",
        "Traders complained about the lack of buyers even though prices of several commodities had started to fall.",
    ],
    "en:politik": [
        "A total of {big} voters are registered in {PROV}, spread across thousands of polling stations.",
        "The official called on civil servants to remain neutral throughout the election process.",
        "The {@Bawaslu_en} has also opened complaint posts for residents who find alleged violations in the field.",
        "{P2} said the participation of young voters will largely determine the outcome of the upcoming election.",
        "Voter data updating is carried out by visiting residents' homes one by one.",
        "Logistics distribution to remote areas will be carried out earlier to avoid delays, the official said.",
        "The commission will also socialize the election stages to first-time voters at schools and campuses.",
        "Security personnel totaling {big} will be deployed to secure the voting process in {PROV}.",
        "Election supervisors at the subdistrict level will be trained on procedures for handling violations.",
        "Voter turnout in the previous election was recorded at {dec:65-85} percent of registered voters.",
        "The police said the security situation ahead of the vote was generally conducive.",
    ],
    "en:bencana": [
        "Meanwhile, the {@BMKG_en} forecast moderate to heavy rain in parts of {PROV} over the next three days.",
        "The local administration has declared a {n:7-14}-day emergency response period to speed up relief efforts.",
        "Logistical aid in the form of ready-to-eat meals, blankets, and clean water has been distributed to evacuation centers.",
        "No fatalities were reported, but {n:3-20} residents sustained minor injuries and were treated at a nearby community health center.",
        "The {@BNPB_en} has sent emergency funds of {rpbig} to support the response in {KAB}.",
        "As many as {n:20-400} residents have been evacuated to the homes of relatives and the nearest village halls.",
        "A joint team is still searching for {n:1-5} residents who were reported missing.",
        "Preliminary data showed that {n:50-600} houses were lightly damaged and {n:5-90} were severely damaged.",
        "Schools around the location were temporarily closed to ensure the safety of students.",
        "The urgent needs of the evacuees currently include clean water, baby diapers, and medicines.",
        "Access roads to the location were cut off, so heavy equipment had to be brought in from a neighboring subdistrict.",
        "Some evacuees have started to complain of skin irritation and respiratory problems, so health workers are on standby.",
        "Volunteers from various community organizations helped clean up the remaining debris in residential areas.",
        "Electricity in several villages was cut off and was only restored after officers repaired the network.",
        "The district government is preparing relocation land for residents living in the red zone.",
        "Heavy rainfall over the past week has made the soil on the hillsides unstable, the official explained.",
        "The water level in residential areas varied from 50 centimeters to one meter.",
    ],
}

_GENERIC = {
    "id": [
        "Ia berharap langkah tersebut dapat memberikan manfaat yang lebih luas bagi masyarakat.",
        "Pihaknya juga akan melakukan evaluasi secara berkala untuk memastikan program berjalan sesuai rencana.",
        "Kegiatan tersebut dihadiri oleh sejumlah pejabat, tokoh masyarakat, dan perwakilan dunia usaha.",
        "Menurut dia, koordinasi lintas sektor menjadi kunci keberhasilan program tersebut.",
        "Ia menambahkan bahwa hasil evaluasi akan disampaikan kepada publik dalam waktu dekat.",
        "Sebelumnya, rencana tersebut telah dibahas dalam rapat koordinasi yang digelar pada awal bulan ini.",
        "Masyarakat diminta tidak mudah percaya pada informasi yang belum jelas sumbernya.",
        "Ia juga mengapresiasi dukungan semua pihak yang telah membantu kelancaran kegiatan tersebut.",
        "Langkah serupa akan diterapkan secara bertahap di daerah lain mulai tahun depan.",
        "Pemerintah berkomitmen menjaga transparansi dalam setiap tahapan pelaksanaan program.",
        "Pihaknya juga membuka ruang dialog dengan masyarakat untuk menampung aspirasi.",
        "Kegiatan tersebut diharapkan dapat menjadi agenda rutin setiap tahun.",
        "Evaluasi menyeluruh akan dilakukan setelah program berjalan selama enam bulan.",
        "Ia mengajak seluruh elemen masyarakat untuk ikut menyukseskan program tersebut.",
        "Sosialisasi kepada warga akan dilakukan melalui media sosial dan pertemuan tatap muka.",
        "Menurut dia, dukungan anggaran dari pemerintah pusat sangat membantu daerah.",
    ],
    "intl": [
        "Situasi di lapangan dilaporkan masih terus berkembang.",
        "Belum ada keterangan resmi mengenai jumlah korban dalam insiden tersebut.",
        "Para pengamat menilai perkembangan ini akan berdampak pada harga komoditas global.",
        "Pertemuan lanjutan dijadwalkan berlangsung dalam beberapa pekan mendatang.",
        "Langkah tersebut dinilai sebagai upaya meredakan ketegangan yang meningkat dalam beberapa bulan terakhir.",
        "Media setempat melaporkan bahwa pembicaraan berlangsung tertutup selama beberapa jam.",
        "Menurut dia, dialog yang intensif diperlukan agar kesepakatan dapat segera tercapai.",
        "Ia menambahkan bahwa pemerintahnya akan terus berkoordinasi dengan negara-negara mitra.",
    ],
    "en": [
        "The event was attended by officials, community leaders, and representatives of the business community.",
        "The policy is expected to benefit more residents once it is implemented nationwide next year.",
        "The official added that the results of the evaluation will be announced to the public soon.",
        "Cross-sector coordination is key to the success of the program, according to the official.",
        "The public has been asked not to trust information whose source is unclear.",
        "The program will be evaluated regularly to ensure that it runs according to plan.",
        "The official also appreciated the support of all parties that helped the activity run smoothly.",
        "Socialization to residents will be carried out through social media and face-to-face meetings.",
    ],
}

_HAZARDS = {
    "id": [
        "Rapat tersebut dipimpin oleh {ACAD} dari {UNIV} dan dimulai pukul {time} di ruang pertemuan utama.",
        "Kuasa hukum pelapor, {LAWYER}, S.H., M.H., menyatakan siap menghadirkan saksi tambahan pada pemeriksaan berikutnya.",
        "Harga gula pasir di tingkat pengecer naik Rp1.500 menjadi {rp} per kilogram, sedangkan inflasi bulanan tercatat {dec:0-1} persen.",
        "Informasi lengkap dapat dibaca di www.antaranews.com maupun laman resmi {url} yang diperbarui setiap hari.",
        "Salah satu calon investor, {@USPC}, menyatakan tertarik menanamkan modal di sektor energi terbarukan.",
        "Pemeriksaan kesehatan gratis dilayani oleh {DOC} bersama tim medis mulai pukul {time} hingga siang hari.",
        "Aplikasi layanan tersebut kini memasuki versi 3.5 dengan sejumlah fitur baru bagi pengguna.",
        "Kapasitas produksi pabrik itu mencapai 3,5 juta ton per tahun dengan nilai investasi Rp1,2 triliun.",
    ],
    "en": [
        "The {@US_dots} dollar weakened against major currencies, while the rupiah closed 3.5 percent higher than at the start of the year.",
        "{ACAD} of {UNIV} said the figure of 3.5 percent was in line with market expectations.",
        "Details are available at www.antaranews.com as well as through the official channels of the ministry.",
        "The hearing began at 10.00 WIB, with lawyer {LAWYER}, S.H., representing the plaintiffs.",
    ],
}

_ACCENT_SENTENCE = {
    "id": "Dalam kesempatan yang sama, {ACC} menilai langkah tersebut patut diapresiasi karena menunjukkan keseriusan semua pihak.",
    "en": "On the same occasion, {ACC} said the move deserved appreciation as it showed the seriousness of all parties.",
}

_UPDATES = {
    "id": [
        "Jumlah tersebut masih dapat bertambah seiring proses pendataan yang terus berlangsung hingga {n:2-5} hari ke depan.",
        "Data terbaru yang dihimpun hingga pukul {time} menunjukkan angka tersebut kini mencapai {big} dan masih terus diperbarui.",
        "Pembaruan data akan disampaikan kembali setelah rapat evaluasi pada pekan depan.",
        "Angka itu merupakan hasil pembaruan dari laporan sebelumnya yang dirilis pada awal pekan.",
    ],
    "en": [
        "The figure may still change as data collection continues over the next {n:2-5} days.",
        "Updated data will be released again after an evaluation meeting next week.",
    ],
}

_QUOTES = {
    "ekonomi": [
        "Kami memastikan stok beras di gudang cukup untuk memenuhi kebutuhan masyarakat hingga akhir tahun",
        "Pemerintah akan terus memantau harga bahan pokok agar tidak memberatkan masyarakat",
        "Pertumbuhan ini menunjukkan fondasi ekonomi kita masih kuat di tengah ketidakpastian global",
        "Kami optimistis target pertumbuhan tahun ini dapat tercapai apabila konsumsi tetap terjaga",
        "Pelaku usaha kecil harus mendapat akses pembiayaan yang lebih mudah dan murah",
        "Stabilitas harga adalah kunci untuk menjaga daya beli masyarakat berpenghasilan rendah",
    ],
    "politik": [
        "Kami ingin pemilihan ini berjalan jujur, adil, dan damai",
        "Netralitas aparatur negara adalah harga mati yang tidak bisa ditawar",
        "Semua laporan masyarakat akan kami tindak lanjuti sesuai prosedur yang berlaku",
        "Perbedaan pilihan politik jangan sampai memecah persaudaraan di tengah masyarakat",
        "Kami menghormati proses hukum dan siap bekerja sama dengan penyidik",
        "Partisipasi publik sangat penting untuk memastikan setiap suara dihitung dengan benar",
    ],
    "olahraga": [
        "Anak-anak bermain disiplin dan menjalankan instruksi dengan baik",
        "Kami akan mengevaluasi lini belakang sebelum laga berikutnya",
        "Saya bersyukur bisa menyumbang kemenangan untuk tim",
        "Target kami tetap juara, tetapi kami harus melangkah setahap demi setahap",
        "Lawan bermain sangat rapat sehingga kami sulit menembus pertahanan mereka",
    ],
    "bencana": [
        "Kami terus memantau perkembangan di lapangan dan memastikan kebutuhan dasar pengungsi terpenuhi",
        "Warga yang rumahnya rusak berat akan kami bantu untuk pindah ke tempat yang lebih aman",
        "Kami mengimbau masyarakat tetap tenang dan tidak terpancing informasi yang belum jelas kebenarannya",
        "Petugas kami siaga selama 24 jam untuk mengantisipasi kejadian susulan",
    ],
    "daerah": [
        "Kami ingin pembangunan benar-benar dirasakan masyarakat hingga ke pelosok desa",
        "Anggaran sudah kami siapkan, tinggal memastikan pelaksanaannya tepat waktu dan tepat mutu",
        "Penurunan angka tengkes merupakan kerja bersama seluruh pihak, bukan hanya pemerintah",
        "Kami terbuka terhadap masukan masyarakat agar program ini berjalan lebih baik",
        "Jalan yang bagus akan membuat ongkos angkut hasil panen petani menjadi lebih murah",
    ],
    "internasional": [
        "Kami percaya dialog adalah satu-satunya jalan untuk menyelesaikan perbedaan",
        "Kemitraan ini akan membawa manfaat nyata bagi rakyat kedua negara",
        "Kami menyerukan semua pihak untuk menahan diri dan menghormati hukum internasional",
        "Bantuan ini merupakan wujud solidaritas kami terhadap mereka yang paling membutuhkan",
        "Stabilitas kawasan adalah kepentingan bersama yang harus kita jaga",
    ],
    "en:ekonomi": [
        "We will continue to monitor staple food prices so that they do not burden the public",
        "This growth shows that the foundations of our economy remain strong amid global uncertainty",
        "We are optimistic that this year's target can be achieved",
        "Small businesses must get easier and cheaper access to financing",
    ],
    "en:politik": [
        "We want this election to be honest, fair, and peaceful",
        "The neutrality of state officials is non-negotiable",
        "All public reports will be followed up according to procedure",
        "Differences in political choices must not divide our communities",
    ],
    "en:bencana": [
        "Our personnel are on standby around the clock to anticipate further incidents",
        "We continue to monitor developments in the field and ensure the basic needs of evacuees are met",
        "Residents whose houses were badly damaged will be helped to move to a safer place",
    ],
}


def _alt(*options: str) -> str:
    return "[" + "|".join(options) + "]"


# Frames: sentences composed from interchangeable parts (each a large [a|b|...] choice), so that
# same-topic articles rarely share a sentence word for word.
_FRAMES = {
    "ekonomi": [
        _alt(
            "Inflasi tahunan",
            "Inflasi bulanan",
            "Pertumbuhan penjualan eceran",
            "Pertumbuhan kredit perbankan",
            "Tingkat hunian kamar hotel berbintang",
            "Pertumbuhan konsumsi rumah tangga",
            "Pertumbuhan sektor industri pengolahan",
            "Tingkat pengangguran terbuka",
        )
        + " "
        + _alt("di {PROV}", "di {CITY}", "secara nasional", "di wilayah {PROV}", "di kawasan perkotaan {PROV}")
        + " pada "
        + _alt(
            "{month} {year}",
            "triwulan pertama {year}",
            "triwulan kedua {year}",
            "triwulan ketiga {year}",
            "semester pertama {year}",
            "periode {month} {year}",
        )
        + " "
        + _alt(
            "tercatat",
            "mencapai",
            "berada di level",
            "naik menjadi",
            "turun menjadi",
            "melambat menjadi",
            "meningkat menjadi",
        )
        + " {dec:1-9} persen, "
        + _alt(
            "dibandingkan bulan sebelumnya",
            "dibandingkan periode yang sama tahun lalu",
            "lebih tinggi dari perkiraan para analis",
            "lebih rendah dari capaian tahun lalu",
            "sesuai dengan proyeksi pemerintah",
            "masih dalam rentang sasaran yang ditetapkan",
            "tertinggi dalam tiga tahun terakhir",
            "terendah sejak awal tahun",
        )
        + _alt(
            "",
            ", antara lain dipicu oleh kenaikan harga bahan pangan",
            ", seiring meningkatnya permintaan menjelang hari raya",
            ", akibat melemahnya permintaan global",
            ", seiring turunnya harga energi",
            ", terutama karena gangguan distribusi akibat cuaca buruk",
            ", seiring membaiknya daya beli masyarakat",
            ", setelah datangnya musim panen",
        )
        + ".",
        _alt(
            "Realisasi belanja daerah",
            "Nilai investasi yang masuk",
            "Penerimaan pajak daerah",
            "Nilai transaksi pameran dagang",
            "Penyaluran kredit usaha rakyat",
            "Nilai penjualan produk usaha kecil",
            "Realisasi dana desa",
        )
        + " "
        + _alt("di {PROV}", "di {CITY}", "di wilayah itu")
        + " "
        + _alt(
            "sepanjang {year}",
            "hingga akhir {month}",
            "pada semester pertama",
            "selama tiga bulan terakhir",
            "sejak awal tahun",
        )
        + " "
        + _alt("mencapai", "tercatat sebesar", "menembus angka", "baru mencapai")
        + " {rpbig}, "
        + _alt(
            "atau {dec:40-98} persen dari target",
            "naik dibandingkan tahun sebelumnya",
            "sedikit di bawah target yang ditetapkan",
            "melampaui capaian periode yang sama tahun lalu",
            "didominasi oleh sektor perdagangan dan jasa",
            "sebagian besar berasal dari sektor pertanian",
        )
        + ".",
        "Harga "
        + _alt(
            "cabai rawit",
            "bawang putih",
            "daging sapi",
            "telur ayam ras",
            "gula pasir",
            "beras premium",
            "daging ayam",
            "tomat",
            "kedelai",
            "bawang bombai",
        )
        + " di "
        + _alt(
            "pasar tradisional di {CITY}",
            "tingkat pedagang eceran di {CITY}",
            "sejumlah pasar di {PROV}",
            "pasar induk setempat",
            "kawasan pinggiran {CITY}",
        )
        + " "
        + _alt("naik menjadi", "turun menjadi", "bertahan di kisaran", "melonjak hingga", "berangsur turun ke")
        + " {rp} per kilogram, "
        + _alt(
            "seiring berkurangnya pasokan dari daerah produsen",
            "karena permintaan meningkat",
            "setelah pasokan kembali normal",
            "akibat cuaca yang tidak menentu",
            "menurut pantauan petugas dinas perdagangan",
            "sehingga pedagang mengurangi stok",
            "dan diperkirakan bertahan hingga akhir bulan",
        )
        + ".",
    ],
    "politik": [
        _alt(
            "{O1}",
            "{P1}",
            "{@Kemendagri}",
            "Pemerintah daerah",
            "{P3}",
            "Penyelenggara pemilu",
            "Kepolisian daerah setempat",
        )
        + " "
        + _alt("meminta", "mengingatkan", "mengajak", "mendorong", "mengimbau")
        + " "
        + _alt(
            "seluruh jajaran penyelenggara pemilu",
            "para peserta pemilu",
            "masyarakat",
            "aparatur sipil negara",
            "tim kampanye pasangan calon",
            "pengawas di tingkat desa",
            "para pemilih pemula",
            "tokoh agama dan tokoh masyarakat",
        )
        + " "
        + _alt(
            "untuk menjaga situasi tetap kondusif",
            "agar tidak menyebarkan kabar bohong di media sosial",
            "untuk mematuhi aturan kampanye yang berlaku",
            "agar mengawasi setiap tahapan secara ketat",
            "untuk memastikan logistik tiba tepat waktu",
            "agar menggunakan hak pilihnya secara cerdas",
            "untuk menolak segala bentuk politik uang",
            "agar bersikap netral selama masa kampanye",
            "untuk melaporkan dugaan pelanggaran melalui saluran resmi",
        )
        + ".",
        "Sebanyak {n:5-900} "
        + _alt(
            "laporan dugaan pelanggaran",
            "tempat pemungutan suara",
            "petugas ad hoc",
            "kotak suara cadangan",
            "surat suara rusak",
            "pengaduan masyarakat",
            "alat peraga kampanye",
        )
        + " "
        + _alt(
            "telah diterima",
            "sudah diverifikasi",
            "masih dalam proses penanganan",
            "telah didistribusikan",
            "dilaporkan",
            "ditertibkan petugas",
            "tercatat",
        )
        + " "
        + _alt(
            "di {PROV}",
            "di {CITY}",
            "hingga akhir pekan lalu",
            "di tingkat kecamatan",
            "selama masa kampanye",
            "sejak awal bulan ini",
        )
        + ".",
        "{P2} "
        + _alt("menilai bahwa", "berpendapat bahwa", "menekankan bahwa", "mengingatkan bahwa")
        + " "
        + _alt(
            "kualitas demokrasi sangat ditentukan oleh integritas penyelenggara",
            "politik uang masih menjadi ancaman serius di daerah",
            "partai politik perlu membuka ruang lebih besar bagi kader muda",
            "media sosial berperan besar dalam membentuk preferensi pemilih",
            "pengawasan partisipatif perlu diperkuat hingga tingkat desa",
            "debat publik harus menjadi ajang adu program, bukan adu popularitas",
            "rendahnya literasi politik membuat pemilih mudah terpengaruh isu",
            "koalisi partai cenderung dibangun atas kepentingan jangka pendek",
        )
        + ".",
    ],
    "bencana": [
        _alt("{O1}", "{@BNPB}", "{@Basarnas}", "Pemerintah kabupaten", "{@PMI}", "{@TNI}", "Dinas sosial setempat")
        + " "
        + _alt("mengerahkan", "menyiagakan", "mengirimkan", "menurunkan")
        + " {n:2-60} "
        + _alt(
            "personel",
            "perahu karet",
            "unit alat berat",
            "tenda darurat",
            "ton beras",
            "paket bahan makanan",
            "unit mobil tangki air bersih",
            "relawan terlatih",
        )
        + " "
        + _alt(
            "untuk membantu warga terdampak",
            "ke lokasi pengungsian",
            "guna mempercepat penanganan darurat",
            "ke desa-desa yang sempat terisolasi",
            "untuk mendukung proses evakuasi",
            "ke titik-titik yang paling parah terdampak",
        )
        + ".",
        "Sebanyak {n:10-900} "
        + _alt("warga", "kepala keluarga", "jiwa", "lansia dan anak-anak", "pelajar", "petani")
        + " "
        + _alt(
            "masih bertahan di pengungsian",
            "telah dievakuasi ke tempat aman",
            "membutuhkan bantuan air bersih",
            "terpaksa mengungsi",
            "mulai kembali ke rumah masing-masing",
            "mendapatkan layanan kesehatan gratis",
        )
        + " "
        + _alt(
            "di {KAB}",
            "di {DESA}",
            "hingga sore hari",
            "sejak malam sebelumnya",
            "di beberapa kecamatan",
            "menurut data sementara petugas",
        )
        + ".",
        _alt(
            "Jembatan penghubung antardesa",
            "Jalan kabupaten sepanjang ratusan meter",
            "Puluhan hektare sawah",
            "Saluran irigasi utama",
            "Sebuah bangunan sekolah dasar",
            "Jaringan pipa air bersih",
        )
        + " "
        + _alt(
            "rusak parah",
            "rusak berat",
            "tertimbun material",
            "terendam air",
            "tidak dapat digunakan",
            "mengalami kerusakan",
        )
        + " "
        + _alt("di {KAB}", "di {DESA}", "di kawasan hulu sungai", "di sekitar lokasi kejadian")
        + ", "
        + _alt(
            "sehingga aktivitas warga terganggu",
            "dan masih dalam tahap pendataan",
            "sehingga perbaikan darurat segera dilakukan",
            "dan diperkirakan butuh waktu berbulan-bulan untuk diperbaiki",
            "sehingga warga harus memutar lewat jalur lain",
        )
        + ".",
    ],
    "daerah": [
        _alt("{O1}", "{P1}", "{P2}", "Pemerintah daerah", "Dinas sosial setempat", "Pemerintah desa")
        + " "
        + _alt("meluncurkan", "memperluas", "melanjutkan", "mempercepat", "menggencarkan", "menambah anggaran untuk")
        + " "
        + _alt(
            "program bedah rumah",
            "program beasiswa daerah",
            "layanan kesehatan keliling",
            "pembangunan jalan desa",
            "penyediaan air bersih",
            "program pelatihan kerja",
            "pemberian makanan tambahan",
            "digitalisasi layanan kependudukan",
            "perbaikan sekolah rusak",
            "pengembangan desa wisata",
            "program sertifikasi tanah gratis",
        )
        + " "
        + _alt(
            "bagi warga kurang mampu",
            "di {n:5-80} desa",
            "di wilayah perbatasan",
            "hingga akhir tahun",
            "dengan anggaran {rpbig}",
            "di seluruh kecamatan",
            "bagi keluarga nelayan",
            "di daerah terpencil",
        )
        + ".",
        "Sebanyak {n:20-4000} "
        + _alt(
            "warga", "pelajar", "pelaku usaha mikro", "petani", "nelayan", "ibu rumah tangga", "pencari kerja", "lansia"
        )
        + " "
        + _alt("telah menerima", "mengikuti", "memanfaatkan", "sudah mendapatkan")
        + " "
        + _alt(
            "bantuan sosial tunai",
            "pelatihan keterampilan",
            "layanan pemeriksaan kesehatan gratis",
            "bantuan modal usaha",
            "program vaksinasi",
            "pelatihan pemasaran digital",
            "bantuan alat pertanian",
            "layanan perekaman data kependudukan",
        )
        + " "
        + _alt(
            "sepanjang tahun ini",
            "sejak program diluncurkan",
            "di {PROV}",
            "dalam tiga bulan terakhir",
            "melalui pemerintah desa",
        )
        + ".",
    ],
    "internasional": [
        _alt("{P1}", "{P2}", "{O1}", "Pemerintah {C1}", "Juru bicara pemerintah {C1}")
        + " "
        + _alt(
            "menegaskan komitmen terhadap",
            "menyerukan",
            "menyoroti pentingnya",
            "membahas",
            "menyatakan dukungan bagi",
            "mendorong percepatan",
        )
        + " "
        + _alt(
            "penyelesaian konflik secara damai",
            "kerja sama keamanan maritim",
            "perdagangan bebas di kawasan",
            "transisi energi bersih",
            "perlindungan warga sipil",
            "reformasi lembaga multilateral",
            "ketahanan pangan global",
            "kerja sama penanggulangan terorisme",
            "pemulihan ekonomi kawasan",
            "pengendalian senjata nuklir",
        )
        + " "
        + _alt(
            "dalam pertemuan bilateral di {CITY}",
            "dalam sidang umum di {CITY2}",
            "dalam wawancara dengan media setempat",
            "dalam pernyataan resmi yang dirilis pemerintah",
            "di sela konferensi tingkat tinggi",
            "dalam konferensi pers bersama",
        )
        + ".",
        "Sebanyak {big} "
        + _alt("warga sipil", "pengungsi", "pekerja migran", "pelajar asing", "warga negara asing")
        + " "
        + _alt(
            "dilaporkan mengungsi",
            "telah dievakuasi",
            "terjebak di wilayah konflik",
            "membutuhkan bantuan darurat",
            "kehilangan tempat tinggal",
        )
        + " "
        + _alt(
            "dalam sepekan terakhir",
            "sejak awal bulan ini",
            "di wilayah perbatasan",
            "menurut data lembaga kemanusiaan",
            "di sejumlah kota besar",
        )
        + ".",
    ],
    "sepakbola": [
        "{P2} "
        + _alt("mencetak", "menciptakan")
        + " gol pada menit ke-{n:5-90} setelah "
        + _alt(
            "menerima umpan silang dari sisi kanan",
            "memanfaatkan kemelut di depan gawang",
            "melepaskan tembakan keras dari luar kotak penalti",
            "menyambut tendangan sudut",
            "berhasil mengecoh dua pemain belakang lawan",
            "menuntaskan serangan balik cepat",
        )
        + ".",
        _alt("{O1}", "{O2}", "Tim tamu", "Tuan rumah")
        + " "
        + _alt(
            "mendominasi jalannya laga",
            "kesulitan mengembangkan permainan",
            "bermain lebih terbuka",
            "tampil menekan",
            "lebih banyak bertahan",
        )
        + " "
        + _alt(
            "pada babak pertama",
            "sepanjang babak kedua",
            "pada sepuluh menit terakhir",
            "sejak menit awal",
            "setelah turun minum",
        )
        + " "
        + _alt(
            "meski kehilangan satu pemain",
            "berkat dukungan penonton",
            "setelah melakukan pergantian pemain",
            "namun gagal menciptakan peluang berbahaya",
            "dengan mengandalkan serangan dari sayap",
            "dengan umpan-umpan pendek yang rapi",
        )
        + ".",
    ],
    "bulutangkis": [
        _alt("", "Pada pertandingan itu, ")
        + "{ATH} "
        + _alt(
            "sempat tertinggal pada awal gim pertama sebelum akhirnya mampu berbalik unggul",
            "bermain agresif sejak awal gim kedua berkat pukulan smes yang tajam",
            "tampil tenang di pertengahan gim penentuan dan meminimalkan kesalahan sendiri",
            "unggul jauh pada interval gim pertama dengan mengandalkan permainan net yang rapi",
            "kehilangan fokus menjelang akhir gim kedua sehingga lawan dapat menyamakan kedudukan",
            "mampu menjaga konsistensi permainan dari awal hingga akhir pertandingan",
            "beberapa kali memenangi reli panjang yang menguras tenaga",
        )
        + ".",
        "Lawan asal {C1} "
        + _alt(
            "memberikan perlawanan sengit",
            "bermain sangat disiplin",
            "banyak melakukan kesalahan sendiri",
            "mengandalkan pukulan lob yang menyulitkan",
            "tampil di bawah performa terbaiknya",
        )
        + " "
        + _alt("pada gim pertama", "sepanjang pertandingan", "di awal gim kedua", "menjelang akhir laga")
        + ".",
    ],
    "en:ekonomi": [
        _alt(
            "Annual inflation",
            "Monthly inflation",
            "Retail sales growth",
            "Bank credit growth",
            "The hotel occupancy rate",
            "Household consumption growth",
        )
        + " in "
        + _alt("{PROV}", "{CITY}")
        + " "
        + _alt("stood at", "reached", "rose to", "fell to", "eased to")
        + " {dec:1-9} percent in {month}, "
        + _alt(
            "compared to the previous month",
            "compared to the same period last year",
            "higher than analysts had expected",
            "in line with government projections",
            "the highest in three years",
            "the lowest since the start of the year",
        )
        + ".",
        "Prices of "
        + _alt("bird's eye chili", "garlic", "beef", "chicken eggs", "granulated sugar", "premium rice")
        + " at "
        + _alt("traditional markets in {CITY}", "retailers in {CITY}", "several markets in {PROV}")
        + " "
        + _alt("rose to", "fell to", "remained at around", "climbed to")
        + " {rp} per kilogram, "
        + _alt(
            "as supplies from producing regions declined",
            "due to rising demand",
            "after supplies returned to normal",
            "due to erratic weather",
            "according to monitoring by trade officials",
        )
        + ".",
    ],
    "en:politik": [
        _alt("{O1}", "{P1}", "The regional government", "The election organizer")
        + " "
        + _alt("urged", "reminded", "invited", "encouraged")
        + " "
        + _alt("all election officials", "election participants", "the public", "civil servants", "first-time voters")
        + " "
        + _alt(
            "to maintain a conducive situation",
            "not to spread hoaxes on social media",
            "to comply with campaign rules",
            "to reject all forms of vote buying",
            "to use their voting rights wisely",
            "to report alleged violations through official channels",
        )
        + ".",
    ],
    "en:bencana": [
        _alt("{O1}", "The local government", "The regional disaster agency")
        + " "
        + _alt("deployed", "dispatched", "prepared")
        + " {n:2-60} "
        + _alt(
            "personnel",
            "rubber boats",
            "units of heavy equipment",
            "emergency tents",
            "tons of rice",
            "water tanker trucks",
        )
        + " "
        + _alt(
            "to help affected residents",
            "for the evacuation sites",
            "to speed up the emergency response",
            "for villages that were cut off",
            "to support the evacuation process",
        )
        + ".",
    ],
}
_FRAMES["ekonomi"] += [
    _alt("{P1}", "{P2}", "{O1}")
    + " "
    + _alt("menilai", "memperkirakan", "menyebutkan")
    + " "
    + _alt(
        "permintaan domestik",
        "sektor manufaktur",
        "harga komoditas",
        "ekspor produk olahan",
        "investasi swasta",
        "belanja pemerintah",
    )
    + " "
    + _alt(
        "akan tetap menjadi penopang", "masih menghadapi tekanan", "mulai menunjukkan perbaikan", "berpotensi melambat"
    )
    + " "
    + _alt(
        "pada semester kedua", "hingga akhir tahun", "dalam beberapa bulan ke depan", "seiring pemulihan ekonomi global"
    )
    + ".",
]
_FRAMES["politik"] += [
    "Rapat "
    + _alt("koordinasi", "evaluasi", "persiapan")
    + " "
    + _alt("tahapan pemilu", "pengamanan pemungutan suara", "distribusi logistik", "pemutakhiran data pemilih")
    + " "
    + _alt("digelar", "berlangsung")
    + " di {CITY} "
    + _alt(
        "dengan melibatkan unsur pemerintah daerah",
        "dan dihadiri perwakilan partai politik",
        "secara tertutup",
        "selama dua hari",
    )
    + ".",
]
_FRAMES["bencana"] += [
    "Petugas "
    + _alt("masih melakukan", "terus melakukan", "telah menyelesaikan")
    + " "
    + _alt(
        "pendataan rumah rusak",
        "pembersihan material",
        "penyaluran bantuan",
        "pemantauan debit air sungai",
        "evakuasi warga lanjut usia",
    )
    + " "
    + _alt("di {KAB}", "di {DESA}", "hingga malam hari", "dengan dibantu relawan")
    + ".",
]
_FRAMES["daerah"] += [
    "Pembangunan "
    + _alt("jalan", "jembatan", "pasar", "puskesmas", "gedung sekolah", "saluran air bersih")
    + " "
    + _alt("di {KEC}", "di {DESA}", "di pusat kota {CITY}", "di kawasan perbatasan")
    + " "
    + _alt(
        "ditargetkan selesai pada akhir tahun",
        "akan dimulai bulan depan",
        "sudah mencapai {n:20-95} persen",
        "sempat tertunda karena faktor cuaca",
        "berjalan sesuai jadwal",
    )
    + ".",
]
_FRAMES["internasional"] += [
    "Kedua negara sepakat "
    + _alt(
        "memperluas kerja sama di bidang",
        "meningkatkan investasi di sektor",
        "membentuk forum dialog tahunan mengenai",
        "mempercepat perundingan tentang",
        "menandatangani nota kesepahaman di bidang",
    )
    + " "
    + _alt(
        "energi terbarukan",
        "pertanian dan pangan",
        "pendidikan tinggi",
        "pertahanan",
        "ekonomi digital",
        "kesehatan masyarakat",
        "infrastruktur transportasi",
        "pariwisata",
    )
    + _alt("", " dalam lima tahun ke depan", " yang saling menguntungkan", " mulai tahun depan")
    + ".",
    _alt("{C2}", "{C3}", "{O1}", "Pemerintah {C1}")
    + " "
    + _alt("mengecam keras", "menyesalkan", "menyambut baik", "mempertanyakan", "menolak mengomentari")
    + " "
    + _alt(
        "keputusan tersebut",
        "serangan yang menewaskan warga sipil itu",
        "rencana pengiriman pasukan tambahan",
        "hasil pemungutan suara tersebut",
        "kesepakatan yang dicapai kedua pihak",
        "sanksi ekonomi yang baru diumumkan",
    )
    + ".",
    "Menurut "
    + _alt(
        "laporan kantor berita setempat",
        "keterangan pejabat keamanan",
        "data lembaga kemanusiaan",
        "pernyataan resmi kementerian pertahanan",
    )
    + ", "
    + _alt(
        "sedikitnya {n:3-60} orang tewas dalam insiden tersebut",
        "ribuan warga mengungsi ke wilayah yang lebih aman",
        "jalur penerbangan ke ibu kota sempat ditutup",
        "harga bahan bakar naik tajam",
        "sejumlah gedung pemerintahan mengalami kerusakan",
    )
    + " "
    + _alt("pada akhir pekan lalu", "dalam dua hari terakhir", "sejak awal pekan", "pada dini hari waktu setempat")
    + ".",
    _alt("{P1}", "{P2}")
    + " "
    + _alt("mengatakan bahwa", "menegaskan bahwa")
    + " "
    + _alt(
        "negaranya tidak akan mundur dari komitmen yang telah disepakati",
        "dialog tetap menjadi pilihan utama",
        "sanksi sepihak hanya akan memperburuk keadaan",
        "kerja sama regional sangat penting di tengah ketidakpastian global",
        "pemerintahnya terbuka terhadap mediasi pihak ketiga",
        "stabilitas harga pangan menjadi prioritas utama",
    )
    + ".",
]
_FRAMES["sepakbola"] += [
    "Dengan hasil tersebut, "
    + _alt("{O1}", "{O2}")
    + " "
    + _alt(
        "kini mengoleksi {n:10-50} poin",
        "tertahan di peringkat {n:5-15}",
        "naik ke posisi {n:2-8} klasemen sementara",
        "terpaut {n:1-9} poin dari pemuncak klasemen",
    )
    + " "
    + _alt(
        "dari {n:10-30} pertandingan",
        "menjelang paruh musim",
        "jelang laga tandang pekan depan",
        "meski masih menyimpan satu laga",
    )
    + ".",
    "{P1} "
    + _alt("mengakui", "menyebut", "menilai")
    + " "
    + _alt(
        "lini belakang timnya masih rapuh",
        "para pemain tampil di bawah performa",
        "strategi serangan balik berjalan efektif",
        "kelelahan mulai terlihat pada babak kedua",
        "kedisiplinan pemain menjadi kunci",
    )
    + " "
    + _alt(
        "dalam pertandingan tersebut",
        "sejak awal musim",
        "setelah jadwal padat dalam dua pekan terakhir",
        "terutama saat menghadapi tim yang bermain menekan",
    )
    + ".",
    "Panitia pelaksana "
    + _alt("mencatat", "melaporkan")
    + " "
    + _alt(
        "sekitar {big} penonton memadati stadion",
        "penjualan tiket mencapai {big} lembar",
        "tidak ada insiden berarti selama laga",
        "pendapatan tiket sebesar {rpbig}",
    )
    + " "
    + _alt("pada laga tersebut", "sepanjang pertandingan", "menurut data panitia")
    + ".",
]
_FRAMES["bulutangkis"] += [
    "{@PBSI} "
    + _alt("mengirimkan", "menurunkan", "mendaftarkan")
    + " {n:2-8} pemain "
    + _alt("tunggal putra", "tunggal putri", "ganda putra", "ganda putri", "ganda campuran")
    + " "
    + _alt(
        "untuk mengumpulkan poin peringkat dunia",
        "sebagai persiapan menuju kejuaraan Asia",
        "untuk memberi pengalaman kepada pemain muda",
        "dengan target minimal satu gelar juara",
    )
    + ".",
    "Pertandingan "
    + _alt("babak pertama itu", "perempat final tersebut", "tiga gim itu")
    + " berlangsung selama {n:35-95} menit "
    + _alt(
        "dengan reli-reli panjang yang menguras tenaga",
        "dan disaksikan ribuan penonton",
        "di bawah tekanan dukungan penonton tuan rumah",
        "dengan beberapa kali penghentian karena masalah kok",
    )
    + ".",
    "Tim pelatih "
    + _alt("menilai", "menyebut", "mengakui")
    + " {ATH} "
    + _alt(
        "masih perlu memperbaiki pertahanan",
        "sudah menunjukkan kematangan",
        "semakin percaya diri",
        "perlu menjaga kebugaran",
    )
    + " "
    + _alt(
        "menjelang turnamen berikutnya",
        "setelah cedera yang sempat dialami",
        "dalam beberapa bulan terakhir",
        "untuk bisa bersaing di level tertinggi",
    )
    + ".",
]
_FRAMES["en:ekonomi"] += [
    _alt("{P1}", "{P2}", "The official")
    + " "
    + _alt("said", "estimated", "noted")
    + " that "
    + _alt(
        "domestic demand",
        "the manufacturing sector",
        "commodity prices",
        "exports of processed goods",
        "private investment",
    )
    + " "
    + _alt("would remain a key support", "still faces pressure", "has begun to show improvement", "could slow down")
    + " "
    + _alt("in the second half", "until the end of the year", "in the coming months", "as the global economy recovers")
    + ".",
]
_FRAMES["en:politik"] += [
    _alt("{P2}", "The analyst", "Observers")
    + " "
    + _alt("said that", "believe that", "stressed that")
    + " "
    + _alt(
        "vote buying remains a serious threat in the regions",
        "political parties need to give more room to young cadres",
        "social media plays a major role in shaping voter preferences",
        "public debates should focus on programs rather than popularity",
        "low political literacy makes voters easily swayed by issues",
    )
    + ".",
    "A total of {n:5-900} "
    + _alt(
        "reports of alleged violations",
        "polling stations",
        "temporary election workers",
        "damaged ballots",
        "public complaints",
    )
    + " "
    + _alt(
        "have been received",
        "have been verified",
        "are still being processed",
        "have been distributed",
        "were recorded",
    )
    + " "
    + _alt("in {PROV}", "in {CITY}", "as of last weekend", "at the subdistrict level", "during the campaign period")
    + ".",
]
_FRAMES["en:bencana"] += [
    _alt(
        "The bridge connecting the villages",
        "A district road several hundred meters long",
        "Dozens of hectares of rice fields",
        "The main irrigation channel",
        "An elementary school building",
        "The clean water pipe network",
    )
    + " "
    + _alt("was badly damaged", "was buried by debris", "was submerged", "can no longer be used")
    + " "
    + _alt("in {KAB}", "near the upstream area of the river", "around the location")
    + ", "
    + _alt(
        "disrupting the activities of residents",
        "and damage is still being assessed",
        "so emergency repairs are being carried out",
        "forcing residents to take a detour",
    )
    + ".",
    "Officers "
    + _alt("are still carrying out", "continue to carry out", "have completed")
    + " "
    + _alt(
        "data collection on damaged houses",
        "the cleanup of debris",
        "the distribution of aid",
        "the monitoring of river levels",
        "the evacuation of elderly residents",
    )
    + " "
    + _alt("in {KAB}", "until late at night", "with the help of volunteers")
    + ".",
    "A total of {n:10-900} "
    + _alt("residents", "families", "elderly people and children", "students", "farmers")
    + " "
    + _alt(
        "are still staying at evacuation centers",
        "have been evacuated to safe places",
        "need clean water assistance",
        "were forced to flee",
        "have started returning home",
    )
    + " "
    + _alt("in {KAB}", "in several subdistricts", "according to preliminary data", "since the previous night")
    + ".",
]
_FRAME_COPIES = 3

# quotations composed from parts, added to the fixed ones
_QUOTE_FRAMES = {
    "ekonomi": _alt("Kami optimistis", "Kami yakin", "Kami percaya")
    + " "
    + _alt(
        "angka ini akan terus membaik",
        "daya beli masyarakat tetap terjaga",
        "harga akan kembali stabil dalam beberapa pekan",
        "pertumbuhan ekonomi daerah tetap solid",
    )
    + " "
    + _alt(
        "hingga akhir tahun",
        "pada triwulan berikutnya",
        "seiring masuknya musim panen",
        "selama koordinasi tetap berjalan baik",
    ),
    "politik": _alt("Kami mengajak", "Kami meminta", "Kami mengimbau")
    + " "
    + _alt("seluruh masyarakat", "para peserta pemilu", "semua pihak")
    + " "
    + _alt(
        "untuk menjaga suasana tetap damai",
        "agar tidak terpancing isu yang memecah belah",
        "untuk ikut mengawasi jalannya pemilu",
        "agar menghormati apa pun hasil pemilihan",
    ),
    "bencana": _alt("Prioritas kami saat ini adalah", "Fokus kami sekarang adalah", "Yang terpenting saat ini adalah")
    + " "
    + _alt(
        "keselamatan warga",
        "memenuhi kebutuhan dasar pengungsi",
        "membuka akses jalan yang tertutup",
        "mendata seluruh kerusakan secara akurat",
    ),
    "daerah": _alt("Program ini", "Pembangunan ini", "Bantuan ini")
    + " "
    + _alt("kami harapkan dapat", "diharapkan mampu", "semoga bisa")
    + " "
    + _alt(
        "meringankan beban warga",
        "mendorong perekonomian desa",
        "membuka lapangan kerja baru",
        "meningkatkan kualitas hidup masyarakat",
    ),
    "internasional": _alt("Kami", "Pemerintah kami", "Negara kami")
    + " "
    + _alt("siap", "berkomitmen untuk", "akan terus")
    + " "
    + _alt(
        "bekerja sama dengan semua mitra",
        "mendukung upaya perdamaian di kawasan",
        "memperkuat hubungan dengan negara-negara sahabat",
        "membantu mereka yang terdampak konflik",
    ),
    "olahraga": _alt("Kami", "Tim ini", "Para pemain")
    + " "
    + _alt(
        "sudah bekerja keras", "tampil habis-habisan", "bermain sesuai rencana", "belajar banyak dari pertandingan ini"
    )
    + " "
    + _alt(
        "dan hasilnya sesuai harapan",
        "meski hasilnya belum maksimal",
        "sehingga layak mendapat apresiasi",
        "dan akan terus berkembang",
    ),
    "en": "We "
    + _alt("will continue to", "are committed to", "are ready to")
    + " "
    + _alt(
        "serve the public as well as possible",
        "coordinate with all relevant parties",
        "resolve this issue immediately",
        "oversee this program until it is completed",
    ),
}


_QUOTE_FORMS = {
    "id": [
        '"{Q}," kata {QP}.',
        '"{Q}," ujar {QP} [kepada wartawan|dalam keterangan tertulisnya|di sela kegiatan tersebut].',
        '"{Q}. {Q}," tambah {QP}.',
        '{QP} mengatakan, "{Q}."',
        '"{Q}," katanya.',
    ],
    "en": ['"{Q}," {QP} said.', '"{Q}," said {QP}.', '{QP} said, "{Q}."', '"{Q}," {QP} noted in a statement.'],
}

_HEADLINES = {
    "id": [
        "Harga cabai di {CITY} mulai turun jelang akhir pekan",
        "{PROV} perkuat mitigasi bencana hidrometeorologi",
        "Pemerintah siapkan {rpbig} untuk subsidi pupuk",
        "Ekspor nonmigas {PROV} naik {pct}",
        "Pemkot {CITY} percepat perbaikan drainase di pusat kota",
        "Warga {CITY} antusias ikuti vaksinasi gratis",
        "Timnas Indonesia mulai pemusatan latihan di {CITY}",
        "Penumpang kereta api melonjak saat libur panjang",
        "KPU pastikan logistik pemilu di {PROV} tiba tepat waktu",
        "BMKG imbau warga {PROV} waspadai cuaca ekstrem",
        "Wisatawan mancanegara ke {PROV} capai {big} kunjungan",
        "Petani {PROV} mulai panen raya padi",
        "Sebanyak {n:5-60} desa di {PROV} jadi percontohan digitalisasi",
        "Inflasi {PROV} terkendali pada {month} {year}",
    ],
    "en": [
        "Inflation in {PROV} eases to {pct} in {month}",
        "Government allocates {rpbig} for fertilizer subsidies",
        "{PROV} steps up flood mitigation efforts",
        "Tourist arrivals in {PROV} reach {big}",
        "Rice prices in {CITY} begin to ease",
    ],
}
