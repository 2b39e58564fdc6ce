/** The 11 real fund files of ../shared/sources/holdings that the report tests screen together. */
export const REAL_SAMPLES = [
  'ishares/ACWI_holdings__ctanny_2022-03-10.csv',
  'ishares/EEM_holdings__ViktorLor_2025-01.csv',
  'ishares/EIMI_holdings__Stanleymu_iShares-UCITS_2021-08-30.csv',
  'ishares/URTH_holdings__mkim0710_2020-11-04_with-CUSIP-ISIN-SEDOL.csv',
  'vanguard/VT_Holdings_details_Total_World_Stock_ETF_2020-09-30.csv',
  'spdr/holdings-daily-us-en-spy__onlyspx_2024-05-10.xlsx',
  'sec_nport/GlobalX_DAX_Germany_ETF_NPORT-P_2024-01-31__EXCERPT.xml',
  'sec_nport/GoldmanSachsBondFund_NPORT-P_2023-03-31__EXCERPT.xml',
  'sec_nport/SEC_official_N-PORT_Sample_1.xml',
  'sec_13f/13F-HR.infotable__edgartools_real.xml',
  'sec_13f/SEC_sample_information_table_with_figi.xml',
] as const;
