/// Whether the text around a yearless date says it is past or coming.
enum DateTense: Sendable {
    case past, coming
    /// "15 กุมภาพันธ์ของทุกปี": every year, so no year is implied.
    case everyYear
}
