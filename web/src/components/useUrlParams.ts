/**
 * The page's URL query and a setter for one parameter, so list filters and searches live
 * in the address: they survive a reload and can be shared. An empty value removes the
 * parameter instead of leaving "?topic=" behind.
 */
import { useCallback } from "react";
import { useSearchParams } from "react-router-dom";

export type SetUrlParam = (name: string, value: string, options?: { replace?: boolean }) => void;

export function useUrlParams(): [URLSearchParams, SetUrlParam] {
  const [params, setParams] = useSearchParams();
  const setParam = useCallback<SetUrlParam>(
    (name, value, options) => {
      setParams((current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      }, options);
    },
    [setParams],
  );
  return [params, setParam];
}
