import Foundation

/// A linear value axis with round tick marks, shared by the charts.
///
/// The domain starts at zero when every value is positive (shares are read against zero) and
/// is widened to whole ticks of a nice step (1, 2, 2.5 or 5 × 10ⁿ), about five of them:
///
/// ```swift
/// let axis = ChartAxis(values: [3.2, 17.9], left: 100, right: 500)
/// axis.ticks          // [0, 5, 10, 15, 20]
/// axis.position(10)   // 300
/// ```
struct ChartAxis {
    /// Tick values, ascending, from the lowest to the highest end of the domain.
    let ticks: [Double]
    /// The pixel of the domain's low end.
    let left: Double
    /// The pixel of the domain's high end.
    let right: Double

    init(values: [Double], left: Double, right: Double) {
        let finite = values.filter(\.isFinite)
        var low = min(finite.min() ?? 0, 0)
        var high = max(finite.max() ?? 1, 0)
        if high <= low { high = low + 1 }
        let step = ClassBreaks.niceStep((high - low) / 5)
        low = (low / step).rounded(.down) * step
        high = (high / step).rounded(.up) * step
        let count = Int(((high - low) / step).rounded())
        ticks = (0...max(count, 1)).map { low + Double($0) * step }
        self.left = left
        self.right = right
    }

    /// The pixel of a value (values outside the domain are clamped to its ends).
    func position(_ value: Double) -> Double {
        guard let low = ticks.first, let high = ticks.last, high > low else { return left }
        let clamped = min(max(value, low), high)
        return left + (clamped - low) / (high - low) * (right - left)
    }

    /// Gridlines and tick labels between `top` and `bottom`, labels below the axis.
    func svg(top: Double, bottom: Double, suffix: String) -> String {
        var writer = SVGWriter()
        writer.open(
            "g",
            [("class", "axis"), ("font-size", "11"), ("fill", MapStyle.secondaryTextColor), ("aria-hidden", "true")])
        for tick in ticks {
            let x = SVGWriter.pixels(position(tick))
            writer.empty(
                "line",
                [
                    ("x1", x), ("x2", x), ("y1", SVGWriter.pixels(top)), ("y2", SVGWriter.pixels(bottom)),
                    ("stroke", tick == 0 ? "#8c8c8c" : "#e0e0e0"), ("stroke-width", tick == 0 ? "1" : "0.75"),
                ], newline: false)
            writer.element(
                "text", [("x", x), ("y", SVGWriter.pixels(bottom + 14)), ("text-anchor", "middle")],
                text: LegendText.value(tick, suffix: tick == ticks.last ? suffix : ""), newline: false)
        }
        writer.close("g")
        return writer.text
    }
}
