#include "CsvReader.h"

#include "ValueParser.h"
#include "XlsxReader.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QStringDecoder>

#include <uchardet/uchardet.h>

#include <array>
#include <cstring>

// Reading is a pipeline over bounded buffers: raw bytes are read in chunks, decoded in bulk to
// UTF-16 into one text buffer, and records are scanned in place. A record's fields are offsets into
// that buffer; only fields with escaped quotes (or NUL characters) are copied. When a record runs past
// the end of the buffer, the unread tail moves to the front and the next chunk is appended, so memory
// stays at about one chunk plus the longest record.

namespace tenure {

namespace {

constexpr qint64 kChunk = 256 * 1024;              // raw bytes per read (also the progress step)
constexpr qint64 kFirstChunk = 1024 * 1024;        // the first read, for sniffing
constexpr qsizetype kSniffBytes = 64 * 1024;       // encoding detection sample
constexpr qsizetype kMaxRecord = 64 * 1024 * 1024; // characters; beyond this the file is refused
constexpr int kMaxWarnings = 1000;
constexpr int kSniffRecords = 100;

enum class Enc { Utf8, Utf16LE, Utf16BE, Windows1252, Latin1, Other };

// Windows-1252 0x80-0x9F; the five undefined bytes map to the C1 controls as in Latin-1 (WHATWG).
constexpr char16_t kCp1252[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// Valid UTF-8? A sequence cut by the end of a partial sample is allowed.
bool isValidUtf8(const unsigned char* s, qsizetype n, bool partial, bool* ascii)
{
    qsizetype i = 0;
    *ascii = true;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        *ascii = false;
        int len = 0;
        char32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + len > n)
            return partial;
        for (int k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) ||
            (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += len;
    }
    return true;
}

// uchardet often names a Central European code page for short Western samples ("café" alone). The
// Latin-script code pages are told apart by their high bytes: when nearly all of them are accented
// letters or punctuation common in Western European text, windows-1252/Latin-1 is the right reading.
bool isLatinScript(const QByteArray& charset)
{
    static const char* const latin[] = {"ISO-8859-2",   "ISO-8859-3",        "ISO-8859-4",   "ISO-8859-9",
                                        "ISO-8859-10",  "ISO-8859-13",       "ISO-8859-14",  "ISO-8859-15",
                                        "ISO-8859-16",  "WINDOWS-1250",      "WINDOWS-1254", "WINDOWS-1257",
                                        "WINDOWS-1258", "MAC-CENTRALEUROPE", "IBM852",       "MAC-ROMAN"};
    for (const char* name : latin) {
        if (charset == name)
            return true;
    }
    return false;
}

bool looksWestern(const unsigned char* s, qsizetype n)
{
    qsizetype high = 0;
    qsizetype western = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = s[i];
        if (c < 0x80)
            continue;
        ++high;
        const bool letter = c >= 0xC0 && c != 0xD7 && c != 0xF7;
        const bool punctuation = c == 0x80 || c == 0x85 || (c >= 0x91 && c <= 0x97) || c == 0x99 ||
                                 c == 0xA0 || c == 0xA3 || c == 0xA7 || c == 0xA9 || c == 0xAB || c == 0xAE ||
                                 c == 0xB0 || c == 0xB2 || c == 0xB3 || c == 0xB5 || c == 0xB7 || c == 0xBB;
        western += letter || punctuation;
    }
    return high > 0 && western * 10 >= high * 9;
}

// Not UTF-8: which single-byte (or other) encoding? false when uchardet names one that cannot be
// decoded here (its name is then in otherName).
bool guessSingleByte(const unsigned char* s, qsizetype n, Enc& enc, QByteArray& otherName, bool& unrecognised)
{
    uchardet_t ud = uchardet_new();
    uchardet_handle_data(ud, reinterpret_cast<const char*>(s), size_t(n));
    uchardet_data_end(ud);
    QByteArray guess = QByteArray(uchardet_get_charset(ud)).toUpper();
    uchardet_delete(ud);
    bool c1 = false; // bytes 0x80-0x9F: printable in Windows-1252, controls in Latin-1
    for (qsizetype i = 0; i < n && !c1; ++i)
        c1 = s[i] >= 0x80 && s[i] < 0xA0;
    if (isLatinScript(guess) && looksWestern(s, n))
        guess = c1 ? "WINDOWS-1252" : "ISO-8859-1";
    unrecognised = false;
    if (guess == "ISO-8859-1" && !c1) {
        enc = Enc::Latin1;
    } else if (guess.isEmpty() || guess == "WINDOWS-1252" || guess == "ISO-8859-1" || guess == "ASCII" ||
               guess == "UTF-8") {
        enc = Enc::Windows1252;
        unrecognised = guess.isEmpty() || guess == "UTF-8";
    } else if (QStringDecoder(guess.constData()).isValid()) {
        enc = Enc::Other;
        otherName = guess;
    } else {
        otherName = guess;
        return false;
    }
    return true;
}

// Counts well-formed multi-byte sequences and invalid bytes of UTF-8 (a sequence cut by the end
// counts as neither).
void utf8Stats(const unsigned char* s, qsizetype n, qsizetype& multiByte, qsizetype& invalid)
{
    multiByte = 0;
    invalid = 0;
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        const qsizetype len = (c >= 0xC2 && c <= 0xDF)   ? 2
                              : (c & 0xF0) == 0xE0       ? 3
                              : (c >= 0xF0 && c <= 0xF4) ? 4
                                                         : 0;
        if (len > 0 && i + len > n)
            return;
        bool ascii = true;
        if (len > 0 && isValidUtf8(s + i, len, false, &ascii)) {
            ++multiByte;
            i += len;
        } else {
            ++invalid;
            ++i;
        }
    }
}

bool looksLikeData(QStringView v)
{
    using namespace values;
    return parseNumber(v, NumberFormat::Dot) || parseNumber(v, NumberFormat::Comma) ||
           parseMoneyCents(v, NumberFormat::Dot) || parseMoneyCents(v, NumberFormat::Comma) ||
           parsePercent(v, NumberFormat::Dot) || parseDate(v, DateFormat::Iso) ||
           parseDate(v, DateFormat::US) || parseDate(v, DateFormat::EuropeanSlash) ||
           parseDate(v, DateFormat::EuropeanDot);
}

// Non-empty fields of one line (no quoted line breaks) split at delim, and the first of them.
int nonEmptyFields(const char16_t* p, const char16_t* e, char16_t delim, QString* first)
{
    int count = 0;
    QString field;
    auto close = [&]() {
        const QString t = field.trimmed();
        if (!t.isEmpty()) {
            if (count == 0 && first)
                *first = t;
            ++count;
        }
        field.clear();
    };
    bool quoted = false;
    for (; p < e; ++p) {
        const char16_t c = *p;
        if (quoted) {
            if (c == u'"') {
                if (p + 1 < e && p[1] == u'"') {
                    field += QChar(c);
                    ++p;
                } else {
                    quoted = false;
                }
            } else {
                field += QChar(c);
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == delim) {
            close();
        } else {
            field += QChar(c);
        }
    }
    close();
    return count;
}

// Lines a report tool writes at the end of an export (Salesforce, HubSpot, Excel): totals, the
// confidentiality notice, the copyright line, who generated it.
bool isFooterPhrase(const QString& text)
{
    static const QRegularExpression phrase(
        QStringLiteral(
            "^(grand\\s+totals?|totals?|subtotals?|sum|count)\\b(\\s*[:(].*)?$|confidential|copyright|"
            "\\x{00a9}|\\(c\\)\\s*\\d{4}|all rights reserved|^generated (by|on|at)\\b|^report generated|"
            "^powered by\\b|^filtered by\\b|^exported (by|on|at)\\b|^\\d+ records?$"),
        QRegularExpression::CaseInsensitiveOption);
    return phrase.match(text).hasMatch();
}

// A total row: its first non-empty cell says total ("Total", "Grand Total", "Totals (7)") and
// every other cell is empty or a number.
bool isTotalRow(const CsvRecord& record)
{
    static const QRegularExpression total(QStringLiteral("^(grand\\s+)?(sub)?totals?\\b\\s*(\\(.*\\))?:?$"),
                                          QRegularExpression::CaseInsensitiveOption);
    int firstIndex = -1;
    for (int i = 0; i < record.size(); ++i) {
        const QStringView v = record.field(i).trimmed();
        if (v.isEmpty())
            continue;
        if (firstIndex < 0) {
            firstIndex = i;
            // Every data row comes here: a first letter other than g, s or t cannot say total.
            const char16_t letter = v.front().toLower().unicode();
            if (letter != u'g' && letter != u's' && letter != u't')
                return false;
            if (!total.match(v).hasMatch())
                return false;
            continue;
        }
        if (!looksLikeData(v))
            return false;
    }
    return firstIndex >= 0;
}

struct SniffCounts
{
    std::vector<int> fields; // per record
    int quoted = 0;          // fields that start with the quote character
};

// Field counts of the first records for one candidate delimiter, respecting quotes.
SniffCounts sniff(const char16_t* p, const char16_t* e, char16_t delim, char16_t quote, bool complete)
{
    SniffCounts out;
    while (p < e && int(out.fields.size()) < kSniffRecords) {
        if (*p == u'\n' || *p == u'\r') { // blank line
            ++p;
            continue;
        }
        int fields = 1;
        bool recordDone = false;
        while (!recordDone) {
            if (p < e && *p == quote) {
                ++out.quoted;
                ++p;
                while (p < e) {
                    if (*p == quote) {
                        if (p + 1 < e && p[1] == quote) {
                            p += 2;
                            continue;
                        }
                        ++p;
                        break;
                    }
                    ++p;
                }
            }
            while (p < e && *p != delim && *p != u'\n' && *p != u'\r')
                ++p;
            if (p >= e) {
                if (complete || out.fields.empty())
                    out.fields.push_back(fields);
                return out;
            }
            if (*p == delim) {
                ++fields;
                ++p;
                continue;
            }
            if (*p == u'\r' && p + 1 < e && p[1] == u'\n')
                ++p;
            ++p;
            recordDone = true;
        }
        out.fields.push_back(fields);
    }
    return out;
}

} // namespace

QString csvWarningTypeName(CsvWarningType type)
{
    switch (type) {
    case CsvWarningType::RaggedRow:
        return QStringLiteral("ragged_row");
    case CsvWarningType::DuplicateHeader:
        return QStringLiteral("duplicate_header");
    case CsvWarningType::EmptyHeader:
        return QStringLiteral("empty_header");
    case CsvWarningType::SecondHeaderRow:
        return QStringLiteral("second_header_row");
    case CsvWarningType::InvalidEncoding:
        return QStringLiteral("invalid_encoding");
    case CsvWarningType::UnterminatedQuote:
        return QStringLiteral("unterminated_quote");
    case CsvWarningType::NulByte:
        return QStringLiteral("nul_byte");
    case CsvWarningType::TitleBlock:
        return QStringLiteral("title_block");
    case CsvWarningType::ReportFooter:
        return QStringLiteral("report_footer");
    case CsvWarningType::TitleRows:
        return QStringLiteral("title_rows");
    }
    return {};
}

// --- CsvRecord ---------------------------------------------------------------------------------

QStringView CsvRecord::field(int i) const
{
    if (i < 0 || i >= int(m_fields.size()))
        return {};
    const Span& s = m_fields[size_t(i)];
    return s.scratch ? QStringView(m_scratch.data() + s.begin, s.size)
                     : QStringView(m_base + s.begin, s.size);
}

QStringList CsvRecord::toStringList() const
{
    QStringList list;
    list.reserve(size());
    for (int i = 0; i < size(); ++i)
        list.append(text(i));
    return list;
}

// --- CsvReader ---------------------------------------------------------------------------------

struct CsvReader::Private
{
    enum class Status { Complete, NeedMore };

    // source
    QString name;
    QFile file;
    bool useFile = false;
    QByteArray data;
    qint64 dataPos = 0;
    qint64 total = 0;
    qint64 bytesRead = 0;
    qint64 lastProgress = 0;
    bool endReported = false;
    Progress progress;
    int testWindow = 0;
    QByteArray raw;
    // XLSX: progress is told in bytes of the workbook file (reportedTotal), not of its CSV text;
    // lineRows maps CSV lines to sheet rows where a cell's line breaks moved them apart.
    qint64 reportedTotal = -1;
    std::vector<std::pair<qint64, qint64>> lineRows;

    // decoding
    Enc enc = Enc::Utf8;
    QStringDecoder decoder;
    bool asciiSoFar = false; // UTF-8 was assumed from ASCII only: the first non-ASCII bytes decide
    bool decodeWarned = false;

    // text
    std::vector<char16_t> buf;
    qsizetype pos = 0;
    qsizetype end = 0;   // decoded text
    qsizetype limit = 0; // what the parser sees: end, or less with a test window
    qsizetype window = 0;
    bool eof = false;

    // parsing
    char16_t delim = u',';
    char16_t quote = u'"';
    std::array<bool, 128> plainStop{};  // delimiter, CR, LF, NUL
    std::array<bool, 128> quotedStop{}; // quote, CR, LF, NUL
    qint64 line = 1;
    qint64 rows = 0;
    int headerCount = 0;

    CsvDialect dialect;
    QStringList header;
    QStringList rawHeader;
    QList<CsvWarning> warnings;
    qint64 warningCount = 0;
    QString error;
    bool opened = false;
    bool cancelled = false;
    bool failed = false;
    bool finished = false;

    void warn(CsvWarningType type, qint64 atLine, const QString& message)
    {
        ++warningCount;
        if (warnings.size() < kMaxWarnings)
            warnings.append({type, atLine, message});
    }
    bool fail(const QString& why)
    {
        error = name + QStringLiteral(": ") + why;
        failed = true;
        return false;
    }

    qint64 readRaw(char* dst, qint64 max)
    {
        if (useFile)
            return file.read(dst, max);
        const qint64 n = std::min(max, qint64(data.size()) - dataPos);
        if (n > 0) {
            memcpy(dst, data.constData() + dataPos, size_t(n));
            dataPos += n;
        }
        return n;
    }

    void reportProgress(bool atEnd)
    {
        if (!progress || cancelled)
            return;
        if (atEnd) {
            if (endReported)
                return;
            endReported = true;
        } else if (bytesRead - lastProgress < kChunk) {
            return;
        }
        lastProgress = bytesRead;
        const qint64 done = reportedTotal < 0 ? bytesRead
                            : total > 0 ? qint64(double(bytesRead) / double(total) * double(reportedTotal))
                                        : reportedTotal;
        if (!progress(done, reportedTotal < 0 ? total : reportedTotal)) {
            cancelled = true;
            error = name + QStringLiteral(": reading cancelled");
        }
    }

    void reserveText(qsizetype extra)
    {
        if (end + extra > qsizetype(buf.size()))
            buf.resize(size_t(std::max<qsizetype>(end + extra, qsizetype(buf.size()) * 3 / 2)));
    }

    void decodeAppend(const char* bytes, qsizetype n)
    {
        if (n <= 0)
            return;
        const qsizetype before = end;
        if (asciiSoFar)
            confirmEncoding(reinterpret_cast<const unsigned char*>(bytes), n);
        switch (enc) {
        case Enc::Windows1252: {
            reserveText(n);
            char16_t* out = buf.data() + end;
            for (qsizetype i = 0; i < n; ++i) {
                const auto c = static_cast<unsigned char>(bytes[i]);
                out[i] = (c >= 0x80 && c < 0xA0) ? kCp1252[c - 0x80] : char16_t(c);
            }
            end += n;
            break;
        }
        case Enc::Latin1: {
            reserveText(n);
            char16_t* out = buf.data() + end;
            for (qsizetype i = 0; i < n; ++i)
                out[i] = static_cast<unsigned char>(bytes[i]);
            end += n;
            break;
        }
        default: {
            reserveText(decoder.requiredSpace(n) + 2);
            QChar* start = reinterpret_cast<QChar*>(buf.data() + end);
            QChar* out = decoder.appendToBuffer(start, QByteArrayView(bytes, n));
            end += out - start;
            if (decoder.hasError() && !decodeWarned) {
                decodeWarned = true;
                // Find the line of the first replacement character for the message.
                qint64 at = line;
                for (qsizetype i = pos; i < end; ++i) {
                    if (buf[size_t(i)] == 0xFFFD && i >= before)
                        break;
                    if (buf[size_t(i)] == u'\n' ||
                        (buf[size_t(i)] == u'\r' && (i + 1 >= end || buf[size_t(i + 1)] != u'\n')))
                        ++at;
                }
                warn(CsvWarningType::InvalidEncoding, at,
                     QStringLiteral("line %1: bytes that are not valid %2 were replaced by \uFFFD")
                         .arg(at)
                         .arg(dialect.encoding));
            }
            break;
        }
        }
    }

    // The start of the file was ASCII, so UTF-8 was a guess. At the first non-ASCII bytes: well-formed
    // UTF-8 confirms it; otherwise the file is in a single-byte code page, which reads the ASCII
    // before identically, so switching now gives the same text as knowing it from the start.
    void confirmEncoding(const unsigned char* s, qsizetype n)
    {
        qsizetype first = 0;
        while (first + 8 <= n) { // eight bytes at a time: this runs over every byte of ASCII files
            quint64 word;
            memcpy(&word, s + first, 8);
            if (word & 0x8080808080808080ULL)
                break;
            first += 8;
        }
        while (first < n && s[first] < 0x80)
            ++first;
        if (first == n)
            return;
        asciiSoFar = false;
        qsizetype multiByte = 0, invalid = 0;
        utf8Stats(s + first, n - first, multiByte, invalid);
        if (invalid == 0 || multiByte > 0)
            return;
        QByteArray otherName;
        bool unrecognised = false;
        Enc guessed = Enc::Windows1252;
        if (!guessSingleByte(s + first, n - first, guessed, otherName, unrecognised))
            guessed = Enc::Windows1252;
        enc = guessed;
        applyEncoding(otherName);
        qint64 at = line;
        for (qsizetype i = pos; i < end; ++i) {
            if (buf[size_t(i)] == u'\n' ||
                (buf[size_t(i)] == u'\r' && (i + 1 >= end || buf[size_t(i + 1)] != u'\n')))
                ++at;
        }
        for (qsizetype i = 0; i < first; ++i) {
            if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= n || s[i + 1] != '\n')))
                ++at;
        }
        warn(CsvWarningType::InvalidEncoding, at,
             QStringLiteral("line %1: the first non-ASCII text is not UTF-8; the file is read as %2")
                 .arg(at)
                 .arg(dialect.encoding));
    }

    // Moves the unread text to the front and appends the next chunk. false when nothing was added.
    bool refill()
    {
        if (limit < end) {
            limit = window > 0 ? std::min(end, limit + window) : end;
            return true;
        }
        if (eof)
            return false;
        if (pos > 0) {
            memmove(buf.data(), buf.data() + pos, size_t(end - pos) * sizeof(char16_t));
            end -= pos;
            limit -= pos;
            pos = 0;
        }
        // Read at least as much as is already buffered, so that a huge record costs linear time.
        const qint64 want = std::max<qint64>(kChunk, end);
        raw.resize(want);
        const qint64 n = readRaw(raw.data(), want);
        if (n <= 0) {
            eof = true;
            return false;
        }
        bytesRead += n;
        decodeAppend(raw.constData(), n);
        limit = window > 0 ? std::min(end, limit + window) : end;
        reportProgress(false);
        return true;
    }

    void setupTables()
    {
        plainStop.fill(false);
        quotedStop.fill(false);
        for (char16_t c : {char16_t(u'\n'), char16_t(u'\r'), char16_t(0)}) {
            plainStop[c] = true;
            quotedStop[c] = true;
        }
        if (delim < 128)
            plainStop[delim] = true;
        if (quote < 128)
            quotedStop[quote] = true;
    }

    // Copies a field, undoing quoting and dropping NUL characters; true if there was a NUL.
    bool unescape(const char16_t* p, const char16_t* e, std::u16string& out) const
    {
        bool nul = false;
        bool inQuotes = false;
        if (p < e && *p == quote) {
            inQuotes = true;
            ++p;
        }
        while (p < e) {
            const char16_t c = *p;
            if (inQuotes && c == quote) {
                if (p + 1 < e && p[1] == quote) {
                    out.push_back(quote);
                    p += 2;
                    continue;
                }
                inQuotes = false;
                ++p;
                continue;
            }
            if (c == 0)
                nul = true;
            else
                out.push_back(c);
            ++p;
        }
        return nul;
    }

    // Scans one record at pos. On Complete, next is the offset after it and newlines the line breaks
    // it consumed. A delimiter or quote outside ASCII takes the same paths (tables only cover ASCII).
    Status parse(CsvRecord& rec, qsizetype& next, qint64& newlines, bool& unterminated, bool& nul)
    {
        const char16_t* base = buf.data() + pos;
        const char16_t* p = base;
        const char16_t* const e = buf.data() + limit;
        const bool last = eof && limit == end;
        const char16_t D = delim;
        const char16_t Q = quote;
        rec.m_fields.clear();
        rec.m_scratch.clear();
        qint64 nl = 0;
        unterminated = false;
        nul = false;
        auto plainStops = [&](char16_t c) { return c < 128 ? plainStop[c] : c == D; };
        auto quotedStops = [&](char16_t c) { return c < 128 ? quotedStop[c] : c == Q; };
        for (;;) {
            const char16_t* fs = p;
            const char16_t* cb = p;
            const char16_t* ce = p;
            bool simple = true;
            if (p < e && *p == Q) {
                const char16_t* q = p + 1;
                for (;;) {
                    while (q < e && !quotedStops(*q))
                        ++q;
                    if (q == e) {
                        if (!last)
                            return Status::NeedMore;
                        unterminated = true;
                        simple = false;
                        p = e;
                        break;
                    }
                    const char16_t c = *q;
                    if (c == Q) {
                        if (q + 1 == e && !last)
                            return Status::NeedMore;
                        if (q + 1 < e && q[1] == Q) {
                            simple = false;
                            q += 2;
                            continue;
                        }
                        cb = p + 1;
                        ce = q;
                        p = q + 1;
                        if (p < e && *p != D && *p != u'\n' && *p != u'\r') {
                            // text after the closing quote: kept, as spreadsheets do
                            simple = false;
                            while (p < e && *p != D && *p != u'\n' && *p != u'\r')
                                ++p;
                            if (p == e && !last)
                                return Status::NeedMore;
                        }
                        break;
                    }
                    if (c == u'\n') {
                        ++nl;
                        ++q;
                    } else if (c == u'\r') {
                        if (q + 1 == e && !last)
                            return Status::NeedMore;
                        ++nl;
                        q += (q + 1 < e && q[1] == u'\n') ? 2 : 1;
                    } else { // NUL
                        simple = false;
                        ++q;
                    }
                }
            } else {
                for (;;) {
                    while (p < e && !plainStops(*p))
                        ++p;
                    if (p < e && *p == 0) {
                        simple = false;
                        ++p;
                        continue;
                    }
                    break;
                }
                if (p == e && !last)
                    return Status::NeedMore;
                cb = fs;
                ce = p;
            }
            if (simple) {
                rec.m_fields.push_back({qint32(cb - base), qint32(ce - cb), false});
            } else {
                const auto start = qsizetype(rec.m_scratch.size());
                nul |= unescape(fs, p, rec.m_scratch);
                rec.m_fields.push_back(
                    {qint32(start), qint32(qsizetype(rec.m_scratch.size()) - start), true});
            }
            if (p == e)
                break;
            if (*p == D) {
                ++p;
                continue;
            }
            if (*p == u'\r') {
                if (p + 1 == e && !last)
                    return Status::NeedMore;
                p += (p + 1 < e && p[1] == u'\n') ? 2 : 1;
            } else {
                ++p;
            }
            ++nl;
            break;
        }
        next = p - buf.data();
        newlines = nl;
        return Status::Complete;
    }

    // The next non-blank record. With commit false the position stays at its start (a peek).
    bool next(CsvRecord& rec, bool commit)
    {
        if (failed || cancelled)
            return false;
        for (;;) {
            if (pos >= limit && limit == end && eof)
                return false;
            qsizetype nextPos = 0;
            qint64 newlines = 0;
            bool unterminated = false;
            bool nul = false;
            if (parse(rec, nextPos, newlines, unterminated, nul) == Status::NeedMore) {
                if (limit - pos > kMaxRecord)
                    return fail(QStringLiteral("line %1: a record longer than %2 million characters "
                                               "(is a quote missing its closing quote?)")
                                    .arg(line)
                                    .arg(kMaxRecord / 1000000));
                refill();
                if (cancelled)
                    return false;
                continue;
            }
            bool blank = true;
            for (const auto& f : rec.m_fields) {
                if (f.size != 0) {
                    blank = false;
                    break;
                }
            }
            rec.m_base = buf.data() + pos;
            rec.m_line = sheetRow(line);
            if (blank || commit) {
                pos = nextPos;
                line += newlines;
            }
            if (blank)
                continue;
            if (commit) {
                if (unterminated)
                    warn(CsvWarningType::UnterminatedQuote, rec.m_line,
                         QStringLiteral("line %1: a quoted field is not closed before the end of the file; "
                                        "kept what was read")
                             .arg(rec.m_line));
                if (nul)
                    warn(CsvWarningType::NulByte, rec.m_line,
                         QStringLiteral("line %1: NUL characters were removed").arg(rec.m_line));
            }
            return true;
        }
    }

    qint64 sheetRow(qint64 csvLine) const
    {
        if (lineRows.empty())
            return csvLine;
        const auto it =
            std::lower_bound(lineRows.begin(), lineRows.end(), std::pair<qint64, qint64>(csvLine, 0));
        return it != lineRows.end() && it->first == csvLine ? it->second : csvLine;
    }

    bool openSource(const CsvOptions& options);
    bool openWorkbook(const QString& path, const CsvOptions& options);
    void applyEncoding(const QByteArray& otherName);
    bool detectEncoding(const CsvOptions& options, qsizetype n, qsizetype& bomLength);
    void detectDialect(const CsvOptions& options);
    void skipTitleBlock(const CsvOptions& options);
    bool readHeader();
    bool isFooter(const CsvRecord& record);
    bool inFooter = false;
    qint64 footerLines = 0;
};

bool CsvReader::Private::detectEncoding(const CsvOptions& options, qsizetype n, qsizetype& bomLength)
{
    const auto* s = reinterpret_cast<const unsigned char*>(raw.constData());
    bomLength = 0;
    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
        enc = Enc::Utf8;
        bomLength = 3;
    } else if (n >= 2 && s[0] == 0xFF && s[1] == 0xFE) {
        enc = Enc::Utf16LE;
        bomLength = 2;
    } else if (n >= 2 && s[0] == 0xFE && s[1] == 0xFF) {
        enc = Enc::Utf16BE;
        bomLength = 2;
    }
    dialect.bom = bomLength > 0;
    QByteArray otherName;

    if (options.encoding) {
        const QString want = options.encoding->trimmed().toLower();
        if (want == u"utf-8" || want == u"utf8") {
            enc = Enc::Utf8;
        } else if (want == u"utf-16le" || want == u"utf-16" || want == u"utf16le") {
            enc = bomLength == 2 && s[0] == 0xFE ? Enc::Utf16BE : Enc::Utf16LE;
        } else if (want == u"utf-16be" || want == u"utf16be") {
            enc = Enc::Utf16BE;
        } else if (want == u"windows-1252" || want == u"cp1252") {
            enc = Enc::Windows1252;
        } else if (want == u"iso-8859-1" || want == u"latin1" || want == u"latin-1") {
            enc = Enc::Latin1;
        } else {
            otherName = options.encoding->toLatin1();
            if (!QStringDecoder(otherName.constData()).isValid())
                return fail(QStringLiteral("unknown encoding \"%1\"").arg(*options.encoding));
            enc = Enc::Other;
        }
        // A BOM of another encoding is data of this one.
        const bool bomFits = (bomLength == 3 && enc == Enc::Utf8) ||
                             (bomLength == 2 && (enc == Enc::Utf16LE || enc == Enc::Utf16BE));
        if (!bomFits) {
            bomLength = 0;
            dialect.bom = false;
        }
    } else if (bomLength == 0) {
        const qsizetype sampleSize = std::min(n, kSniffBytes);
        // UTF-16 without BOM: NUL in every other byte
        qsizetype evenNul = 0, oddNul = 0;
        for (qsizetype i = 0; i < sampleSize; ++i) {
            if (s[i] == 0)
                ++((i & 1) ? oddNul : evenNul);
        }
        const qsizetype half = sampleSize / 2;
        if (half >= 2 && oddNul * 10 >= half * 7 && evenNul * 10 < half) {
            enc = Enc::Utf16LE;
        } else if (half >= 2 && evenNul * 10 >= half * 7 && oddNul * 10 < half) {
            enc = Enc::Utf16BE;
        } else if (evenNul + oddNul > 0) {
            return fail(QStringLiteral("binary data, not a text table (NUL bytes near the start)"));
        } else {
            qsizetype controls = 0;
            for (qsizetype i = 0; i < sampleSize; ++i) {
                const unsigned char c = s[i];
                if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A) || c == 0x7F)
                    ++controls;
            }
            if (controls * 100 > sampleSize || controls > 64)
                return fail(QStringLiteral("binary data, not a text table (control characters)"));
            bool ascii = true;
            if (isValidUtf8(s, sampleSize, sampleSize < n, &ascii)) {
                enc = Enc::Utf8;
            } else {
                bool unrecognised = false;
                if (!guessSingleByte(s, sampleSize, enc, otherName, unrecognised))
                    return fail(
                        QStringLiteral("cannot decode the text (encoding %1 is not supported; save the "
                                       "file as UTF-8)")
                            .arg(QString::fromLatin1(otherName)));
                if (unrecognised)
                    warn(CsvWarningType::InvalidEncoding, 0,
                         QStringLiteral("the encoding could not be recognised; read as windows-1252"));
            }
        }
    }
    asciiSoFar = enc == Enc::Utf8 && !options.encoding && !dialect.bom;
    applyEncoding(otherName);
    return true;
}

void CsvReader::Private::applyEncoding(const QByteArray& otherName)
{
    switch (enc) {
    case Enc::Utf8:
        dialect.encoding = QStringLiteral("UTF-8");
        decoder = QStringDecoder(QStringDecoder::Utf8);
        break;
    case Enc::Utf16LE:
        dialect.encoding = QStringLiteral("UTF-16LE");
        decoder = QStringDecoder(QStringDecoder::Utf16LE);
        break;
    case Enc::Utf16BE:
        dialect.encoding = QStringLiteral("UTF-16BE");
        decoder = QStringDecoder(QStringDecoder::Utf16BE);
        break;
    case Enc::Windows1252:
        dialect.encoding = QStringLiteral("windows-1252");
        break;
    case Enc::Latin1:
        dialect.encoding = QStringLiteral("ISO-8859-1");
        break;
    case Enc::Other:
        dialect.encoding = QString::fromLatin1(otherName);
        decoder = QStringDecoder(otherName.constData());
        break;
    }
}

bool CsvReader::Private::openSource(const CsvOptions& options)
{
    // Small inputs get small buffers (many tiny files are opened for previews).
    const qint64 first = std::clamp<qint64>(total + 1, 4096, kFirstChunk);
    raw.resize(first);
    const qint64 n = readRaw(raw.data(), first);
    if (n < 0)
        return fail(QStringLiteral("cannot read (%1)").arg(file.errorString()));
    if (n == 0)
        return fail(QStringLiteral("the file is empty"));
    bytesRead = n;
    qsizetype bom = 0;
    if (!detectEncoding(options, n, bom))
        return false;
    decodeAppend(raw.constData() + bom, n - bom);
    limit = window > 0 ? std::min(end, window) : end;
    if (!useFile)
        eof = dataPos >= data.size();
    if (enc == Enc::Utf16LE || enc == Enc::Utf16BE || enc == Enc::Other) {
        const qsizetype check = std::min<qsizetype>(end, kSniffBytes);
        qsizetype controls = 0;
        for (qsizetype i = 0; i < check; ++i) {
            const char16_t c = buf[size_t(i)];
            if (c == 0)
                return fail(QStringLiteral("binary data, not a text table (NUL characters near the start)"));
            if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f')
                ++controls;
        }
        if (controls * 100 > check)
            return fail(QStringLiteral("binary data, not a text table (control characters)"));
    }
    bool blank = true;
    for (qsizetype i = 0; i < end && blank; ++i) {
        const char16_t c = buf[size_t(i)];
        blank = c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == 0xFEFF || c == 0x1A;
    }
    if (blank && (eof || n < first)) {
        refill();
        for (qsizetype i = 0; i < end && blank; ++i) {
            const char16_t c = buf[size_t(i)];
            blank = c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == 0xFEFF || c == 0x1A;
        }
        if (blank && eof)
            return fail(QStringLiteral("the file is empty"));
    }
    return true;
}

void CsvReader::Private::detectDialect(const CsvOptions& options)
{
    // Make sure the first line is complete (very wide headers), within reason.
    auto hasLineBreak = [this] {
        for (qsizetype i = pos; i < end; ++i) {
            if (buf[size_t(i)] == u'\n' || buf[size_t(i)] == u'\r')
                return true;
        }
        return false;
    };
    while (!eof && !hasLineBreak() && end - pos < kMaxRecord)
        refill();

    // Excel's "sep=;" line
    {
        const char16_t* p = buf.data() + pos;
        const char16_t* e = buf.data() + end;
        const char16_t* q = p;
        const bool quoted = q < e && *q == u'"';
        if (quoted)
            ++q;
        if (e - q >= 5 && (q[0] | 0x20) == u's' && (q[1] | 0x20) == u'e' && (q[2] | 0x20) == u'p' &&
            q[3] == u'=') {
            const char16_t sep = q[4];
            q += 5;
            if (quoted && q < e && *q == u'"')
                ++q;
            while (q < e && (*q == u' ' || (sep != u',' && *q == u','))) // "sep=;,,," from spreadsheets
                ++q;
            if (sep != u'\n' && sep != u'\r' && (q == e || *q == u'\n' || *q == u'\r')) {
                if (q < e && *q == u'\r' && q + 1 < e && q[1] == u'\n')
                    ++q;
                if (q < e)
                    ++q;
                pos = q - buf.data();
                limit = std::max(limit, pos);
                line = 2;
                dialect.sepLine = true;
                delim = sep;
            }
        }
    }

    skipTitleBlock(options);

    // Line ending of the first line break.
    dialect.lineEnding = QStringLiteral("LF");
    for (qsizetype i = pos; i < end; ++i) {
        const char16_t c = buf[size_t(i)];
        if (c == u'\n')
            break;
        if (c == u'\r') {
            dialect.lineEnding =
                (i + 1 < end && buf[size_t(i + 1)] == u'\n') ? QStringLiteral("CRLF") : QStringLiteral("CR");
            break;
        }
    }

    const char16_t* p = buf.data() + pos;
    const char16_t* e = buf.data() + end;
    // Each candidate delimiter is tried with double quotes, and with single quotes when the file
    // clearly uses them (fields start with ' and none with "). The winner is the pair whose records
    // agree best with the header's field count; ties go to more fields, then to the order below.
    const std::vector<char16_t> candidates =
        options.delimiter ? std::vector<char16_t>{options.delimiter->unicode()}
        : dialect.sepLine ? std::vector<char16_t>{delim}
                          : std::vector<char16_t>{u',', u';', u'\t', u'|'};
    double bestScore = -1;
    int bestFields = 0;
    delim = candidates.front();
    quote = u'"';
    for (char16_t c : candidates) {
        const SniffCounts doubled = sniff(p, e, c, u'"', eof);
        const SniffCounts single = sniff(p, e, c, u'\'', eof);
        const bool singleEligible = doubled.quoted == 0 && single.quoted >= 2;
        for (const SniffCounts* counts : {&doubled, &single}) {
            if (counts == &single && !singleEligible)
                continue;
            if (counts->fields.empty())
                continue;
            const int h = counts->fields.front();
            if (h < 2 && candidates.size() > 1)
                continue;
            int agree = 0;
            for (size_t i = 1; i < counts->fields.size(); ++i)
                agree += counts->fields[i] == h;
            const double score =
                counts->fields.size() > 1 ? double(agree) / double(counts->fields.size() - 1) : 1.0;
            if (score > bestScore + 1e-9 || (score > bestScore - 1e-9 && h > bestFields)) {
                bestScore = score;
                bestFields = h;
                delim = c;
                quote = counts == &single ? u'\'' : u'"';
            }
        }
    }
    dialect.delimiter = QChar(delim);
    dialect.quote = QChar(quote);
    setupTables();
}

// Report exports (Salesforce, HubSpot, Excel "save as CSV" of a formatted sheet) put a title block
// above the header: the report's name, its filters, the date, each a line of one cell. Such lines
// are skipped when a line with two or more cells follows within the first few lines.
void CsvReader::Private::skipTitleBlock(const CsvOptions& options)
{
    constexpr int MaxTitleLines = 10;
    const std::vector<char16_t> delimiters =
        options.delimiter ? std::vector<char16_t>{options.delimiter->unicode()}
        : dialect.sepLine ? std::vector<char16_t>{delim}
                          : std::vector<char16_t>{u',', u';', u'\t', u'|'};
    qsizetype at = pos;
    qint64 atLine = line;
    QStringList titles;
    for (int n = 0; n <= MaxTitleLines && at < end; ++n) {
        qsizetype stop = at;
        while (stop < end && buf[size_t(stop)] != u'\n' && buf[size_t(stop)] != u'\r')
            ++stop;
        if (stop >= end && !eof)
            return; // a line longer than what is decoded: no title block here
        int most = 0;
        QString first;
        for (char16_t d : delimiters) {
            QString text;
            const int count = nonEmptyFields(buf.data() + at, buf.data() + stop, d, &text);
            if (count > most || (count == most && first.isEmpty()))
                most = count, first = text;
        }
        if (most >= 2) {
            if (titles.isEmpty() || at == pos)
                return;
            pos = at;
            line = atLine;
            limit = std::max(limit, pos);
            dialect.titleLines = int(titles.size());
            warn(CsvWarningType::TitleBlock, 1,
                 QStringLiteral("lines 1-%1: a report's title block above the header was skipped (\"%2\")")
                     .arg(atLine - 1)
                     .arg(titles.join(QStringLiteral(" / ")).left(120)));
            return;
        }
        if (!first.isEmpty())
            titles << first;
        // next line
        if (stop < end && buf[size_t(stop)] == u'\r' && stop + 1 < end && buf[size_t(stop + 1)] == u'\n')
            ++stop;
        at = stop + 1;
        ++atLine;
    }
}

// Report footers: a total row, or a line of one cell with a footer phrase, and every one-cell line
// after such a phrase (a report ends with its title, the notice and the copyright line).
bool CsvReader::Private::isFooter(const CsvRecord& record)
{
    if (headerCount < 2)
        return false;
    int nonEmpty = 0;
    QStringView first;
    for (int i = 0; i < record.size() && nonEmpty < 2; ++i) {
        const QStringView v = record.field(i).trimmed();
        if (!v.isEmpty()) {
            if (nonEmpty == 0)
                first = v;
            ++nonEmpty;
        }
    }
    if (nonEmpty == 1 && (inFooter || isFooterPhrase(first.toString()))) {
        inFooter = true;
        return true;
    }
    if (isTotalRow(record)) {
        inFooter = true;
        return true;
    }
    return false;
}

bool CsvReader::Private::readHeader()
{
    CsvRecord rec;
    if (!next(rec, true)) {
        if (failed)
            return false;
        return fail(QStringLiteral("the file is empty"));
    }
    const qint64 headerLine = rec.line();
    rawHeader = rec.toStringList();
    bool allData = true;
    for (const QString& f : std::as_const(rawHeader)) {
        const QString t = f.trimmed();
        if (!t.isEmpty() && !looksLikeData(t)) {
            allData = false;
            break;
        }
    }
    if (allData)
        return fail(
            QStringLiteral("no header row (the first line holds values such as \"%1\", not column names)")
                .arg(rawHeader.value(0).left(40)));

    // SurveyMonkey: a second header row with sub-labels under the questions.
    // It is recognised by its labels, no values that look like data, and many empty cells (under
    // the respondent columns) or names missing in the first row.
    bool firstHasEmpty = false;
    for (const QString& f : std::as_const(rawHeader))
        firstHasEmpty |= f.trimmed().isEmpty();
    if (next(rec, false)) {
        bool label = false;
        bool data = false;
        int empty = 0;
        for (int i = 0; i < rec.size(); ++i) {
            const QStringView v = rec.field(i).trimmed();
            if (v.isEmpty()) {
                ++empty;
                continue;
            }
            if (looksLikeData(v))
                data = true;
            if (v.compare(u"Response", Qt::CaseInsensitive) == 0 ||
                v.compare(u"Open-Ended Response", Qt::CaseInsensitive) == 0 ||
                v.startsWith(u"Other (please specify)", Qt::CaseInsensitive))
                label = true;
        }
        if (label && !data && (firstHasEmpty || empty * 2 >= rec.size())) {
            next(rec, true);
            for (int i = 0; i < rec.size(); ++i) {
                if (i >= rawHeader.size())
                    rawHeader.append(QString());
                if (rawHeader[i].trimmed().isEmpty())
                    rawHeader[i] = rec.text(i);
            }
            dialect.headerRows = 2;
            warn(CsvWarningType::SecondHeaderRow, rec.line(),
                 QStringLiteral("line %1: a second header row was merged into the first").arg(rec.line()));
        }
    }

    header.clear();
    header.reserve(rawHeader.size());
    QHash<QString, int> seen;
    seen.reserve(rawHeader.size());
    for (qsizetype i = 0; i < rawHeader.size(); ++i) {
        QString name = rawHeader[i];
        name.remove(QChar(0xFEFF));
        name = name.simplified();
        if (name.isEmpty()) {
            name = QStringLiteral("column_%1").arg(i + 1);
            warn(CsvWarningType::EmptyHeader, headerLine,
                 QStringLiteral("line %1, column %2: empty column name, called %3")
                     .arg(headerLine)
                     .arg(i + 1)
                     .arg(name));
        }
        QString unique = name;
        int n = seen.value(name.toLower());
        if (n > 0) {
            do {
                unique = name + QStringLiteral("_%1").arg(++n);
            } while (seen.contains(unique.toLower()));
            seen[name.toLower()] = n;
            warn(CsvWarningType::DuplicateHeader, headerLine,
                 QStringLiteral("line %1, column %2: the name \"%3\" is used twice; this column is called %4")
                     .arg(headerLine)
                     .arg(i + 1)
                     .arg(name, unique));
        }
        seen.insert(unique.toLower(), 1);
        header.append(unique);
    }
    headerCount = int(header.size());
    return true;
}

namespace {

// The last sheet converted, so that the importer's two passes (and the CLI's check before them)
// convert a workbook once. Keyed by path, size, modification time and the sheet asked for.
struct SheetCache
{
    QMutex mutex;
    QString path;
    qint64 size = -1;
    QDateTime modified;
    QString sheet;
    std::shared_ptr<const XlsxSheet> value;
};

SheetCache& sheetCache()
{
    static SheetCache cache;
    return cache;
}

std::shared_ptr<const XlsxSheet> convertSheet(const QString& path, const QString& sheet, QString* error)
{
    const QFileInfo info(path);
    const QString key = info.absoluteFilePath();
    SheetCache& cache = sheetCache();
    QMutexLocker lock(&cache.mutex);
    if (cache.value && cache.path == key && cache.size == info.size() &&
        cache.modified == info.lastModified() && cache.sheet == sheet)
        return cache.value;
    cache.value.reset(); // its memory is free before the next conversion
    XlsxReader reader;
    auto converted = std::make_shared<XlsxSheet>();
    if (!reader.open(path) || !reader.readSheet(sheet, converted.get())) {
        *error = reader.errorString();
        return nullptr;
    }
    cache.path = key;
    cache.size = info.size();
    cache.modified = info.lastModified();
    cache.sheet = sheet;
    cache.value = converted;
    return converted;
}

} // namespace

bool CsvReader::Private::openWorkbook(const QString& path, const CsvOptions& options)
{
    QString why;
    const std::shared_ptr<const XlsxSheet> sheet =
        convertSheet(path, options.sheet.value_or(QString()), &why);
    if (!sheet) {
        error = why;
        failed = true;
        return false;
    }
    // The sheet's CSV text is read as any in-memory CSV: UTF-8, comma, double quotes.
    CsvOptions csv;
    csv.delimiter = QChar(u',');
    csv.encoding = QStringLiteral("UTF-8");
    data = sheet->csv;
    total = data.size();
    reportedTotal = QFileInfo(path).size();
    lineRows = sheet->lineRows;
    if (!openSource(csv))
        return false;
    detectDialect(csv);
    dialect.encoding = QStringLiteral("XLSX");
    dialect.sheet = sheet->name;
    dialect.sheets = sheet->sheets;
    if (!sheet->titleRows.isEmpty()) {
        QStringList rows;
        for (int row : sheet->titleRows)
            rows << QString::number(row);
        warn(CsvWarningType::TitleRows, sheet->titleRows.first(),
             QStringLiteral("sheet '%1': row(s) %2 above the header were skipped as titles")
                 .arg(sheet->name, rows.join(QStringLiteral(", "))));
    }
    if (!readHeader())
        return false;
    opened = true;
    return true;
}

CsvReader::CsvReader() : d(std::make_unique<Private>()) {}

CsvReader::~CsvReader() = default;

bool CsvReader::open(const QString& path, const CsvOptions& options)
{
    Progress progress = std::move(d->progress);
    const int testWindow = d->testWindow;
    d = std::make_unique<Private>();
    d->progress = std::move(progress);
    d->testWindow = testWindow;
    d->window = testWindow;
    d->name = QFileInfo(path).fileName();
    if (d->name.isEmpty())
        d->name = path;
    d->file.setFileName(path);
    if (QFileInfo(path).isDir())
        return d->fail(QStringLiteral("is a folder, not a file"));
    if (XlsxReader::isWorkbookFile(path))
        return d->openWorkbook(path, options);
    if (options.sheet)
        return d->fail(QStringLiteral("is not an XLSX workbook: a sheet can only be chosen in one"));
    if (!d->file.open(QIODevice::ReadOnly))
        return d->fail(QStringLiteral("cannot open (%1)").arg(d->file.errorString()));
    d->useFile = true;
    d->total = d->file.size();
    if (!d->openSource(options))
        return false;
    d->detectDialect(options);
    if (!d->readHeader())
        return false;
    d->opened = true;
    return true;
}

bool CsvReader::openData(const QByteArray& bytes, const QString& name, const CsvOptions& options)
{
    Progress progress = std::move(d->progress);
    const int testWindow = d->testWindow;
    d = std::make_unique<Private>();
    d->progress = std::move(progress);
    d->testWindow = testWindow;
    d->window = testWindow;
    d->name = name;
    d->data = bytes;
    d->total = bytes.size();
    if (!d->openSource(options))
        return false;
    d->detectDialect(options);
    if (!d->readHeader())
        return false;
    d->opened = true;
    return true;
}

QString CsvReader::errorString() const
{
    return d->error;
}

QString CsvReader::fileName() const
{
    return d->name;
}

const CsvDialect& CsvReader::dialect() const
{
    return d->dialect;
}

QStringList CsvReader::header() const
{
    return d->header;
}

QStringList CsvReader::rawHeader() const
{
    return d->rawHeader;
}

bool CsvReader::readRecord(CsvRecord& record)
{
    if (!d->opened || d->finished)
        return false;
    for (;;) {
        if (!d->next(record, true)) {
            if (!d->failed && !d->cancelled) {
                d->finished = true;
                d->reportProgress(true);
            }
            return false;
        }
        if (!d->isFooter(record))
            break;
        ++d->footerLines;
        d->warn(CsvWarningType::ReportFooter, record.m_line,
                QStringLiteral("line %1: report footer \"%2\" is not data and was dropped")
                    .arg(record.m_line)
                    .arg(record.toStringList().join(QLatin1Char(' ')).simplified().left(80)));
    }
    record.m_row = ++d->rows;
    if (record.size() != d->headerCount) {
        d->warn(
            CsvWarningType::RaggedRow, record.m_line,
            record.size() < d->headerCount
                ? QStringLiteral("line %1: %2 field(s) where the header has %3; the missing ones are empty")
                      .arg(record.m_line)
                      .arg(record.size())
                      .arg(d->headerCount)
                : QStringLiteral("line %1: %2 field(s) where the header has %3; the extra ones are kept")
                      .arg(record.m_line)
                      .arg(record.size())
                      .arg(d->headerCount));
    }
    return true;
}

bool CsvReader::atEnd() const
{
    return d->finished || (d->eof && d->pos >= d->end);
}

void CsvReader::setParseWindowForTesting(int characters)
{
    d->testWindow = characters;
}

bool CsvReader::cancelled() const
{
    return d->cancelled;
}

void CsvReader::setProgress(Progress callback)
{
    d->progress = std::move(callback);
}

qint64 CsvReader::bytesRead() const
{
    if (d->reportedTotal >= 0)
        return d->total > 0 ? qint64(double(d->bytesRead) / double(d->total) * double(d->reportedTotal)) : 0;
    return d->bytesRead;
}

qint64 CsvReader::totalBytes() const
{
    return d->reportedTotal >= 0 ? d->reportedTotal : d->total;
}

const QList<CsvWarning>& CsvReader::warnings() const
{
    return d->warnings;
}

qint64 CsvReader::warningCount() const
{
    return d->warningCount;
}

qint64 CsvReader::rowsRead() const
{
    return d->rows;
}

qint64 CsvReader::footerLinesDropped() const
{
    return d->footerLines;
}

} // namespace tenure
