"""``stance train``: a model trained on a labelled table and saved to a folder."""

from __future__ import annotations

import argparse
import sys
import warnings

from .cli_data import _labelled_data, _none_label, _refuse_flags_that_do_nothing, _stance_left_out_on_purpose
from .cli_errors import EXIT_OK
from .cli_info import _secondary_at
from .cli_options import _model_options
from .exceptions import quoted
from .terminal import _listed, _Missing, _shown


def cmd_train(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .api import _record_source_files, train
    from .files import readable_name, refuse_nul_in_path, refuse_unusable_output
    from .model import FLAT_THRESHOLDS_WARNING
    from .model_placement import write_protected
    from .persistence import not_a_model, source_date_epoch, unwritable_model_path

    source_date_epoch()  # the time the model will record: refused before the data are read
    refuse_nul_in_path(args.output, "-o")  # main(argv) may hold one, which Path.exists raised on
    refuse_unusable_output(args.output, "-o")
    _refuse_standard_output(args.output)
    _refuse_flags_that_do_nothing(args, [args.data], None)
    output = Path(args.output)
    if output.exists() and not output.is_dir():  # found before training, not after
        raise FileExistsError(f"{args.output!r} is a file, not a model directory; choose another path")
    problem = unwritable_model_path(output)  # first: '-o .' cannot be replaced even with --overwrite
    if problem:
        raise _Missing(problem)
    if output.exists() and not args.overwrite:
        raise FileExistsError(f"{args.output!r} already exists; pass --overwrite to replace it")
    kept = not_a_model(output) if output.is_dir() else None  # before training, as the save would refuse it
    if kept:
        raise FileExistsError(f"{args.output!r} exists and is not a stance model directory ({kept}); "
                              f"refusing to replace it")
    locked = write_protected(output) if output.is_dir() else None  # so too: minutes of training for nothing
    if locked:
        raise _Missing(locked.strerror)
    options = _model_options(args)
    data, stance_column = _labelled_data(args)
    with _stance_left_out_on_purpose(args):
        # Said below, on the "secondary at:" line with every threshold: not twice.
        warnings.filterwarnings("ignore", message=FLAT_THRESHOLDS_WARNING)
        model = train(data, text_column=args.text_column, labels_column=args.labels_column,
                      stance_column=stance_column, none_label=_none_label(args.none_label, data, args.labels_column),
                      progress=False if args.no_progress else None, **options)
    model.training_["source"] = readable_name(args.data)
    _record_source_files(model, args.data)
    try:
        model.save(args.output, overwrite=args.overwrite)
    except FileExistsError as error:  # another job saved there while this one trained
        raise FileExistsError(str(error).replace("pass overwrite=True", "pass --overwrite")) from None
    # Names escaped as classify prints them: training takes a line separator in one (no control character).
    head = (f"; stance head on column {quoted(stance_column)} ({_listed(model.stance_classes)})"
            if stance_column else "; no stance head")
    # A rule of small data, and thresholds the folds did not place: said where they applied.
    if any(model.training_.get(note) for note in ("thresholds_raised", "thresholds_flat", "thresholds_one_text")):
        from .info import secondary_thresholds, thresholds_flat, thresholds_of_one_text, thresholds_raised

        said = _secondary_at(secondary_thresholds(model.params_), thresholds_raised(model.training_),
                             flat=thresholds_flat(model.training_), one_text=thresholds_of_one_text(model.training_),
                             calibrated=model.params_.confidence_calibration is not None)
        print(f"secondary at: {said}", file=sys.stderr)
    # On stderr, as score, suggest, check and document say what they wrote: stdout was this line
    # alone here, so that `stance train … > log` and a pipeline read it where no other command's was.
    print(f"trained on {model.training_['rows']} rows; labels {_listed(model.labels)}{head}; "
          f"saved to {_shown(args.output)}{_bundled_note(args.output)}", file=sys.stderr)
    return EXIT_OK


def _refuse_standard_output(output: str) -> None:
    """Refuse ``-o -`` (or /dev/stdout), before the data are read: check's and suggest's -o
    write their rows there, but a model is a folder of files, and "-" made a folder named "-".
    A folder of that name is had as ``-o ./-``, which names no stream."""
    from .files import to_stdout

    if to_stdout(output):
        named = " (-o ./- names a folder called '-')" if output == "-" else ""
        raise _Missing(f"-o {output!r} is standard output, and a model is a folder of files, which cannot be "
                       f"written to standard output; name a folder, e.g. -o models/mine{named}")


def _bundled_note(output: str) -> str:
    """What reads a model saved to ``bundled``: ``--model bundled`` names the packaged model.

    >>> _bundled_note("bundled"), _bundled_note("models/bundled")
    (' (--model ./bundled reads it: --model bundled is the packaged model)', '')
    """
    return " (--model ./bundled reads it: --model bundled is the packaged model)" if output == "bundled" else ""
