/// Where a DATE span starts and ends where annotation conventions differ.
public enum DateSpanConvention: String, Sendable, CaseIterable {
    /// The project's own convention (its seed articles' gold follows it): "ปี" and vague words are
    /// inside the span ("ปี 2030", "ปลายปี 2562"), and "X ถึง(วันที่) Y" is one
    /// interval span.
    case project
    /// The ThaiNER 1.5 corpus as annotated: "ปี" before a year number is outside
    /// the span ("ในปี [2538]"), "X ถึง Y" gives two spans, and fiscal and
    /// academic years ("ปีงบประมาณ 2561", "ปีการศึกษา 2561") are mostly not dates
    /// (4 of 17 annotated in the TRAIN part).
    case thaiNER

    /// Whether "ปี" and a vague word before a year number belong to the span.
    var yearWordInside: Bool { self == .project }
    /// Whether "ถึง" / "ถึงวันที่" joins two dates into one interval span.
    var joinsWithThueng: Bool { self == .project }
    /// Whether "วันนี้ – 31 ธันวาคม 2568" (a dash range from a relative day) is one interval span, as other
    /// dash ranges are; ThaiNER splits its one such range ("วันนี้-12 กพ.61", thainer-train-3390).
    var joinsRelativeDayRanges: Bool { self == .project }
    /// Whether "ปีงบประมาณ 2561" / "ปีการศึกษา 2561" are DATE mentions.
    var includesFiscalAndAcademicYears: Bool { self == .project }
}
