#pragma once
#include <QString>

namespace ps::geocode {

// Which axis a hemisphere letter names: N/S/U/LU/LS latitude, E/W/T/B/BT/BB longitude.
enum class Axis { Unknown, Latitude, Longitude };

// One angle as typed: "-2.98", "-2,98", "2°56'45.2\"S", "104 20 16.9 BT".
struct ParsedAngle {
    bool ok = false;
    double degrees = 0.0;       // signed decimal degrees (S and W negative)
    Axis axis = Axis::Unknown;  // from a hemisphere letter, when there was one
    bool dms = false;           // written as degrees, minutes (and seconds)
    bool decimalComma = false;  // written with a decimal comma
};
ParsedAngle parseAngle(const QString& text);

// A coordinate read from one or two spreadsheet cells.
struct ParsedCoordinate {
    enum class State { Empty, Invalid, Ok };
    State state = State::Empty;
    double lat = 0.0, lon = 0.0;
    bool dms = false, decimalComma = false;
    bool swappedByLetters = false;   // N/S letter found in the longitude cell and E/W in the latitude one
    QString problem;                 // why it is Invalid, for people

    bool ok() const { return state == State::Ok; }
};

// Two cells, latitude and longitude. Both blank = Empty; one blank or unreadable = Invalid.
ParsedCoordinate parseCoordinates(const QString& latText, const QString& lonText);

// One cell holding "lat, lon" (or "lat; lon", "lat lon", "-2,98, 104,86", DMS pairs).
ParsedCoordinate parseCoordinatePair(const QString& text);

} // namespace ps::geocode
