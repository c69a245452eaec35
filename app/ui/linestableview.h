#pragma once

#include <QTableView>

namespace Huike {

class QuoteLinesModel;

// The lines of a quote or a contract as a table (QuoteLinesModel): the description takes
// the width. Editable (the quote editor), a cell is edited by typing, F2 or a double
// click, whole rows are selected and the VAT rate is chosen from the rates in force.
class LinesTableView : public QTableView
{
    Q_OBJECT

public:
    enum class Mode { ReadOnly, Editable };
    LinesTableView(QuoteLinesModel *model, Mode mode, QWidget *parent = nullptr);
};

} // namespace Huike
