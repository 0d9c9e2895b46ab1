#pragma once
#include <QString>
#include <QStringList>
#include <limits>
#include <optional>
#include <vector>

namespace ps {

// An official class boundary: a value v belongs to the first class with v < upper.
struct Threshold {
    double upper = std::numeric_limits<double>::infinity();
    QString labelId, labelEn;
};

struct IndicatorDef {
    QString code;
    QString nameId, nameEn;
    QString numerator, denominator;   // variable codes
    QString unit;                     // "percent", "per_1000", "per_100000"
    double scale = 100.0;             // value = numerator / denominator * scale
    bool higherIsWorse = true;
    std::optional<double> target;
    QString kind;                     // "routine" (e-PPGBM, SPM reports) or "survey" (SSGI/SKI)
    // The numerator counts a subset of the denominator's people (stunted among the
    // measured): a numerator above its denominator is an input error, not a rate > 100%.
    bool numeratorWithinDenominator = false;
    QString sourceId, sourceEn;       // what the figure is, for the map's source line
    QString coverageIndicator;        // indicator to show beside it (e.g. measurement coverage)
    // "stock": counted at a moment (children stunted at a weighing month): a year's figure is its
    // latest month with data, never a sum. "flow": events (K6 visits, immunisations): months sum.
    QString measure = QStringLiteral("stock");
    bool isFlow() const { return measure == QLatin1String("flow"); }
    std::vector<Threshold> thresholds;
    QString thresholdsSource;

    QString name() const;             // in the current language
    QString unitSymbol() const;       // "%", "‰", "per 100.000"
};

struct VariableDef {
    QString code;
    QString labelId, labelEn;
    QStringList aliases;              // spreadsheet headers that mean this variable
};

// The indicator catalogue, loaded from data/indicators.json.
class Catalogue {
public:
    static Catalogue load(const QString& path = {});   // default: dataDir()/indicators.json
    static const Catalogue& standard();                 // loaded once

    const std::vector<IndicatorDef>& indicators() const { return m_indicators; }
    const std::vector<VariableDef>& variables() const { return m_variables; }
    const IndicatorDef* indicator(const QString& code) const;
    const VariableDef* variable(const QString& code) const;
    // The variable a spreadsheet column header names, matched on code or alias after
    // trimming and case-folding; nullptr when none.
    const VariableDef* variableForHeader(const QString& header) const;

private:
    std::vector<IndicatorDef> m_indicators;
    std::vector<VariableDef> m_variables;
};

} // namespace ps
