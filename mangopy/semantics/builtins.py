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
