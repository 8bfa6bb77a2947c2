"""Names MangoFix defines before any script runs (section 4 of the language reference)."""

from __future__ import annotations

#: Built-in functions (native blocks) and their exact argument counts.
FUNCTIONS: dict[str, int] = {
    "CGPointMake": 2, "CGSizeMake": 2, "CGRectMake": 4, "NSMakeRange": 2, "UIOffsetMake": 2,
    "UIEdgeInsetsMake": 4, "CGVectorMake": 2, "CGAffineTransformMake": 6, "CGAffineTransformMakeScale": 2,
    "CGAffineTransformMakeRotation": 1, "CGAffineTransformMakeTranslation": 2, "CGAffineTransformRotate": 2,
    "CGAffineTransformConcat": 2, "CGAffineTransformScale": 3, "CGAffineTransformTranslate": 3,
    "CGAffineTransformFromString": 1, "CATransform3DMakeScale": 3, "CGRectGetWidth": 1, "CGRectGetHeight": 1,
    "CGRectGetMinX": 1, "CGRectGetMidX": 1, "CGRectGetMaxX": 1, "CGRectGetMinY": 1, "CGRectGetMidY": 1,
    "CGRectGetMaxY": 1, "NSLog": 1, "fmt_num": 2,
    "dispatch_get_global_queue": 2, "dispatch_get_main_queue": 0, "dispatch_queue_create": 2, "dispatch_after": 3,
    "dispatch_async": 2, "dispatch_sync": 2, "dispatch_barrier_async": 2, "dispatch_barrier_sync": 2,
    "dispatch_apply": 3, "dispatch_group_create": 0, "dispatch_group_async": 3, "dispatch_group_wait": 2,
    "dispatch_group_notify": 3, "dispatch_group_enter": 1, "dispatch_group_leave": 1, "dispatch_block_create": 2,
    "dispatch_block_create_with_qos_class": 4, "dispatch_block_perform": 2, "dispatch_block_wait": 2,
    "dispatch_block_notify": 3, "dispatch_block_testcancel": 1, "dispatch_block_cancel": 1,
    "dispatch_semaphore_create": 1, "dispatch_semaphore_wait": 2, "dispatch_semaphore_signal": 1,
    "dispatch_time": 2, "dispatch_resume": 1, "dispatch_suspend": 1, "dispatch_source_create": 4,
    "dispatch_source_set_event_handler": 2, "dispatch_source_set_cancel_handler": 2,
    "dispatch_source_set_registration_handler": 2, "dispatch_source_cancel": 1, "dispatch_source_testcancel": 1,
    "dispatch_source_get_handle": 1, "dispatch_source_get_mask": 1, "dispatch_source_get_data": 1,
    "dispatch_source_merge_data": 2, "dispatch_source_set_timer": 4, "dispatch_once": 2,
}  # fmt: skip

_UICONTROL_EVENTS = (
    "TouchDown TouchDownRepeat TouchDragInside TouchDragOutside TouchDragEnter TouchDragExit TouchUpInside "
    "TouchUpOutside TouchCancel ValueChanged PrimaryActionTriggered EditingDidBegin EditingChanged EditingDidEnd "
    "EditingDidEndOnExit AllTouchEvents AllEditingEvents ApplicationReserved SystemReserved AllEvents"
)

#: Built-in constants and variables.
CONSTANTS: frozenset[str] = frozenset(
    [
        *(f"DISPATCH_QUEUE_PRIORITY_{p}" for p in ("HIGH", "DEFAULT", "LOW", "BACKGROUND")),
        "DISPATCH_QUEUE_CONCURRENT", "DISPATCH_QUEUE_SERIAL",
        *(f"DISPATCH_BLOCK_{b}" for b in ("BARRIER", "DETACHED", "ASSIGN_CURRENT", "NO_QOS_CLASS",
                                           "INHERIT_QOS_CLASS", "ENFORCE_QOS_CLASS")),
        "NSEC_PER_SEC", "NSEC_PER_MSEC", "USEC_PER_SEC", "NSEC_PER_USEC", "DISPATCH_TIME_FOREVER", "DISPATCH_TIME_NOW",
        *(f"DISPATCH_SOURCE_TYPE_{t}" for t in ("PROC", "READ", "SIGNAL", "TIMER", "VNODE", "WRITE")),
        "NSRunLoopCommonModes", "NSDefaultRunLoopMode", "M_PI", "M_PI_2", "M_PI_4", "M_1_PI", "M_2_PI",
        *(f"UIControlEvent{e}" for e in _UICONTROL_EVENTS.split()),
        *(f"UIControlContentVerticalAlignment{a}" for a in ("Center", "Top", "Bottom", "Fill")),
        *(f"UIControlContentHorizontalAlignment{a}" for a in ("Center", "Left", "Right", "Fill", "Leading",
                                                                "Trailing")),
        *(f"UIControlState{s}" for s in ("Normal", "Highlighted", "Disabled", "Selected", "Focused", "Application",
                                          "Reserved")),
        "$systemVersion", "$appVersion", "$buildVersion", "$is32BitDevice",
    ]
)  # fmt: skip

#: Names defined inside method bodies (and blocks created in them).
METHOD_IMPLICIT = frozenset({"self", "super", "_cmd"})

ALL_NAMES: frozenset[str] = frozenset(FUNCTIONS) | CONSTANTS

_D = "double"
_RECT = "struct CGRect rect"
_T = "struct CGAffineTransform"

#: Parameter lists of the built-in functions (section 4.2-4.3), as (return type, [parameters]).
SIGNATURES: dict[str, tuple[str, tuple[str, ...]]] = {
    "CGPointMake": ("struct CGPoint", ("double x", "double y")),
    "CGSizeMake": ("struct CGSize", ("double width", "double height")),
    "CGRectMake": ("struct CGRect", ("double x", "double y", "double width", "double height")),
    "NSMakeRange": ("struct NSRange", ("uint location", "uint length")),
    "UIOffsetMake": ("struct UIOffset", ("double horizontal", "double vertical")),
    "UIEdgeInsetsMake": ("struct UIEdgeInsets", ("double top", "double left", "double bottom", "double right")),
    "CGVectorMake": ("struct CGVector", ("double dx", "double dy")),
    "CGAffineTransformMake": (_T, tuple(f"{_D} {n}" for n in ("a", "b", "c", "d", "tx", "ty"))),
    "CGAffineTransformMakeScale": (_T, ("double sx", "double sy")),
    "CGAffineTransformMakeRotation": (_T, ("double angle",)),
    "CGAffineTransformMakeTranslation": (_T, ("double tx", "double ty")),
    "CGAffineTransformRotate": (_T, (f"{_T} t", "double angle")),
    "CGAffineTransformConcat": (_T, (f"{_T} t1", f"{_T} t2")),
    "CGAffineTransformScale": (_T, (f"{_T} t", "double sx", "double sy")),
    "CGAffineTransformTranslate": (_T, (f"{_T} t", "double tx", "double ty")),
    "CGAffineTransformFromString": (_T, ("NSString *string",)),
    "CATransform3DMakeScale": ("struct CATransform3D", ("double sx", "double sy", "double sz")),
    **{f"CGRectGet{n}": (_D, (_RECT,)) for n in ("Width", "Height", "MinX", "MidX", "MaxX", "MinY", "MidY", "MaxY")},
    "NSLog": ("void", ("id object",)),
    "fmt_num": ("NSString *", ("NSString *format", "NSNumber *number")),
    "dispatch_get_global_queue": ("id", ("int identifier", "uint flags")),
    "dispatch_get_main_queue": ("id", ()),
    "dispatch_queue_create": ("id", ("CString label", "id attr")),
    "dispatch_after": ("void", ("uint when", "id queue", "Block work")),
    "dispatch_async": ("void", ("id queue", "Block work")),
    "dispatch_sync": ("void", ("id queue", "Block work")),
    "dispatch_barrier_async": ("void", ("id queue", "Block work")),
    "dispatch_barrier_sync": ("void", ("id queue", "Block work")),
    "dispatch_apply": ("void", ("uint iterations", "id queue", "Block work")),
    "dispatch_group_create": ("id", ()),
    "dispatch_group_async": ("void", ("id group", "id queue", "Block work")),
    "dispatch_group_wait": ("void", ("id group", "uint timeout")),
    "dispatch_group_notify": ("void", ("id group", "id queue", "Block work")),
    "dispatch_group_enter": ("void", ("id group",)),
    "dispatch_group_leave": ("void", ("id group",)),
    "dispatch_block_create": ("Block", ("uint flags", "Block work")),
    "dispatch_block_create_with_qos_class": (
        "Block", ("uint flags", "uint qosClass", "int relativePriority", "Block work")),
    "dispatch_block_perform": ("void", ("uint flags", "Block work")),
    "dispatch_block_wait": ("int", ("Block block", "uint timeout")),
    "dispatch_block_notify": ("void", ("Block block", "id queue", "Block notification")),
    "dispatch_block_testcancel": ("int", ("Block block",)),
    "dispatch_block_cancel": ("void", ("Block block",)),
    "dispatch_semaphore_create": ("id", ("int value",)),
    "dispatch_semaphore_wait": ("int", ("id semaphore", "uint timeout")),
    "dispatch_semaphore_signal": ("int", ("id semaphore",)),
    "dispatch_time": ("uint", ("uint when", "int deltaNanoseconds")),
    "dispatch_resume": ("void", ("id object",)),
    "dispatch_suspend": ("void", ("id object",)),
    "dispatch_source_create": ("id", ("Pointer type", "uint handle", "uint mask", "id queue")),
    "dispatch_source_set_event_handler": ("void", ("id source", "Block handler")),
    "dispatch_source_set_cancel_handler": ("void", ("id source", "Block handler")),
    "dispatch_source_set_registration_handler": ("void", ("id source", "Block handler")),
    "dispatch_source_cancel": ("void", ("id source",)),
    "dispatch_source_testcancel": ("int", ("id source",)),
    "dispatch_source_get_handle": ("uint", ("id source",)),
    "dispatch_source_get_mask": ("uint", ("id source",)),
    "dispatch_source_get_data": ("uint", ("id source",)),
    "dispatch_source_merge_data": ("void", ("id source", "uint value")),
    "dispatch_source_set_timer": ("void", ("id source", "uint start", "uint interval", "uint leeway")),
    "dispatch_once": ("void", ("Pointer token", "Block work")),
}  # fmt: skip


def signature(name: str) -> str | None:
    """``struct CGRect CGRectMake(double x, double y, double width, double height)``."""
    entry = SIGNATURES.get(name)
    if entry is None:
        return None
    returns, params = entry
    return f"{returns} {name}({', '.join(params)})"
