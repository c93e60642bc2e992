import { QRCodeSVG } from 'qrcode.react'

import { useI18n } from '@/i18n/language'

interface SetupQrCodeProps {
  /** The panel's `image_url_data`: an otpauth:// URI, drawn here (never by a remote service). */
  value: string
}

/**
 * Black on white with a 4-module quiet zone inside the SVG and no rounding, whatever the theme:
 * phones fail to scan dark or cramped codes (ptero#4277, ptero#1799).
 */
export function SetupQrCode({ value }: SetupQrCodeProps) {
  const { t } = useI18n()
  return (
    <div
      role="img"
      aria-label={t.twoFactor.enrol.qrCode}
      className="mx-auto w-fit border border-border bg-white"
    >
      <QRCodeSVG
        value={value}
        size={208}
        level="M"
        marginSize={4}
        bgColor="#ffffff"
        fgColor="#000000"
        className="block size-52"
        aria-hidden="true"
      />
    </div>
  )
}
