import GeoMaps
import GeoModel

/// Labels for the classes of shared breaks, as the diff shows them: the map legend's labels
/// (``ClassBreaks`` and its legend text are the one place class labels are written).
enum ClassLabels {
    static func labels(_ breaks: ClassBreaks, unit: Unit) -> [String] {
        LegendText.classLabels(for: breaks, suffix: unit.symbol.isEmpty ? "" : " " + unit.symbol)
    }
}
