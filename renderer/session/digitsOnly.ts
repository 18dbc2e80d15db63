/** A PIN box's `onChange` that drops anything but digits before the form sees the value. */
export function digitsOnly<E extends { target: unknown }, R>(onChange: (event: E) => R): (event: E) => R {
  return (event) => {
    const box = event.target;
    if (box instanceof HTMLInputElement) box.value = box.value.replace(/\D/g, '');
    return onChange(event);
  };
}
