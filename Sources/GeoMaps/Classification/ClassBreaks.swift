/// The class boundaries of a choropleth, computed once and shared by every map that should be
/// compared (the three half-years of one metric, say).
///
/// Classes include their upper bound: class `i` holds values `v` with
/// `bounds[i] < v ≤ bounds[i + 1]`, and the first class also holds `bounds[0]`. Rounded
/// ("nice") breaks are the exception: their classes include the lower bound instead
/// (``includesLowerBound``), as "10–20", "20–30" is read. Bounds are
/// strictly increasing, except that the first class may be a single value
/// (`bounds[0] == bounds[1]`). No class is ever labelled "0.38–0.38".
///
/// ```swift
/// let pooled = h1Values + h2Values + q1Values
/// let breaks = ClassBreaks.compute(.fisherJenks(5), values: pooled)
/// breaks.classIndex(of: 23.4)   // 2
/// ```
public struct ClassBreaks: Sendable, Hashable {
    /// The method the breaks came from.
    public let classification: Classification
    /// `classCount + 1` boundaries, ascending; empty when there were no values to classify.
    public let bounds: [Double]
    /// Whether the outer classes are open ("≤5", ">25"), as for manual thresholds.
    public let isOpenEnded: Bool
    /// Labels that replace the generated ones (for published bands such as "6–10"), or `nil`.
    public let labels: [String]?
    /// The pivot of a diverging classification, if any.
    public let pivot: Double?
    /// Whether classes hold their lower bound (`bounds[i] ≤ v < bounds[i + 1]`, the last class
    /// closed) rather than their upper bound; true for rounded breaks.
    public let includesLowerBound: Bool

    /// Creates breaks from checked bounds; use ``compute(_:values:)``.
    init(
        classification: Classification, bounds: [Double], isOpenEnded: Bool = false, pivot: Double? = nil,
        includesLowerBound: Bool = false
    ) {
        self.classification = classification
        self.bounds = bounds
        self.isOpenEnded = isOpenEnded
        self.labels = nil
        self.pivot = pivot
        self.includesLowerBound = includesLowerBound
    }

    private init(copying other: ClassBreaks, labels: [String]?) {
        classification = other.classification
        bounds = other.bounds
        isOpenEnded = other.isOpenEnded
        pivot = other.pivot
        includesLowerBound = other.includesLowerBound
        self.labels = labels
    }

    /// The number of classes (0 when no value was given).
    public var classCount: Int { max(0, bounds.count - 1) }

    /// The class of a value: the first class whose upper bound is at least the value (above
    /// the value, when classes include their lower bound).
    ///
    /// Values below the lowest bound fall in the first class and values above the highest in the
    /// last; check ``contains(_:)`` to find them.
    ///
    /// - Returns: A 0-based class index, or `nil` when there are no classes or the value is NaN.
    public func classIndex(of value: Double) -> Int? {
        guard classCount > 0, !value.isNaN else { return nil }
        if includesLowerBound {
            for index in 0..<(classCount - 1) where value < bounds[index + 1] { return index }
            return classCount - 1
        }
        for index in 0..<classCount where value <= bounds[index + 1] { return index }
        return classCount - 1
    }

    /// The class number of a value, as every output writes it: 1 is the lowest class.
    ///
    /// SVG `data-class`, diff text, CSV and JSON all use this number, so "class 2" means one
    /// thing everywhere; ``classIndex(of:)`` is the 0-based position for arrays of colours and labels.
    public func classNumber(of value: Double) -> Int? { classIndex(of: value).map { $0 + 1 } }

    /// Whether a value lies within the outer bounds (or anywhere, when the classes are open-ended).
    public func contains(_ value: Double) -> Bool {
        guard let low = bounds.first, let high = bounds.last else { return false }
        return isOpenEnded || (value >= low && value <= high)
    }

    /// The lower and upper bound of a class.
    ///
    /// - Precondition: `index` is in `0..<classCount`.
    public func range(ofClass index: Int) -> ClosedRange<Double> {
        precondition(index >= 0 && index < classCount, "class index \(index) out of 0..<\(classCount)")
        return bounds[index]...bounds[index + 1]
    }

    /// The same breaks with labels given by the caller, one per class.
    ///
    /// Hyphens between digits become en dashes and `<=`/`>=` become `≤`/`≥`, so the source's
    /// "6-10" reads "6–10". Labels of the wrong count are ignored.
    ///
    /// ```swift
    /// ClassBreaks.compute(.manual([5, 10, 15, 20, 25]), values: midpoints)
    ///     .labelled(["<=5", "6-10", "11-15", "16-20", "21-25", ">25"])
    /// ```
    public func labelled(_ labels: [String]) -> ClassBreaks {
        guard labels.count == classCount else { return self }
        return ClassBreaks(copying: self, labels: labels.map(LegendText.normalisedLabel))
    }
}
